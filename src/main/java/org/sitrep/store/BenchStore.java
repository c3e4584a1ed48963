package org.sitrep.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import org.sitrep.cluster.ReadingFeatures;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.report.JsonOutput;

/**
 * A large store for benchmarks only, made honestly from a real one: the analysed readings of a source store's
 * articles (copies excluded) are written again and again, each round with new content hashes and publication dates
 * moved by one day per round, until the target holds the requested number of articles. Every fact row, full-text row
 * and index key is written as ingest writes it, but near-duplicate search and clustering are off (every round would
 * otherwise be a copy of the first). The provenance of every row says what it is ({@link #SITREP_VERSION}).
 */
public final class BenchStore {

    public static final String SITREP_VERSION = "bench-copy";

    private BenchStore() {}

    /** @return the articles the target holds at the end */
    public static long fill(Path source, Path target, long articles, LongConsumer progress) throws StoreException {
        List<String> readings = new ArrayList<>();
        try (SqliteStore s = SqliteStore.open(source, Provenance.current());
             PreparedStatement ps = s.connection().prepareStatement("SELECT reading FROM articles WHERE duplicate_of IS NULL ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) readings.add(ReadingCodec.decode(rs, 1));
            s.connection().commit();
        } catch (SQLException e) {
            throw new StoreException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (readings.isEmpty()) throw new StoreException(source + " holds no articles to copy");
        Provenance p = new Provenance(SITREP_VERSION, Reading.CONTRACT_VERSION, "synthetic copies of the readings of " + source.getFileName());
        try (SqliteStore t = SqliteStore.open(target, p)) {
            t.bulk(true);
            long n = t.stats().articles();
            for (int round = 1; n < articles; round++) {
                for (String json : readings) {
                    if (n >= articles) break;
                    Reading r = JsonOutput.mapper().readValue(json, Reading.class);
                    if (t.put(shifted(r, round), null).status() == Store.Status.ADDED) n++;
                    progress.accept(n);
                }
            }
            return n;
        } catch (IOException e) {
            throw new StoreException("cannot copy a reading: " + e.getMessage(), e);
        }
    }

    /** The same reading under a new content hash, published {@code round} days later. */
    static Reading shifted(Reading r, int round) {
        Article a = r.article();
        LocalDate d = ReadingFeatures.published(a.published());
        Article b = new Article(hash(a.id() + "#" + round), "bench:" + round + ":" + a.source(), a.format(), a.title(), a.publisher(), a.author(),
                a.url(), a.dateline(), d == null ? a.published() : d.plusDays(round).toString(), a.language(), a.text(), a.furniture());
        return new Reading(r.sitrep(), b, r.sentences(), r.entities(), r.places(), r.times(), r.quantities(), r.quotes(), r.claims(), r.events(),
                r.problems());
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
