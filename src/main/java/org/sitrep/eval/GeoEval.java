package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.sitrep.entities.Lexicon;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.places.GeoName;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.PublisherHomes;
import org.sitrep.places.Resolver;

/** The two ways of scoring one geoparsing corpus: resolution of the gold toponyms, and the whole pipeline end to end. */
public final class GeoEval {
    private GeoEval() {}

    public record Result(String corpus, int documents, GeoScore given, GeoScore endToEnd, double seconds) {}

    /** Resolution given the gold toponyms: no NER, only the gazetteer and the context of the other gold names. */
    public static GeoScore given(List<GeoCorpus.Doc> docs, PrintStream errors) {
        Gazetteer gazetteer = Gazetteer.standard();
        Resolver resolver = new Resolver(gazetteer);
        GeoScore score = new GeoScore();
        // First the stories alone; then each again with its publisher's home learnt from the publisher's other stories
        Map<GeoCorpus.Doc, Set<PublisherHomes.Home>> named = new HashMap<>();
        for (GeoCorpus.Doc d : docs) named.put(d, PublisherHomes.divisionsOf(resolver.resolve(d.text(), goldSpans(d), List.of(),
                PublisherHomes.ofSite(null, d.publisher()), PublisherHomes.masthead(d.publisher(), null))));
        for (GeoCorpus.Doc d : docs) {
            List<GeoCorpus.Gold> gold = d.toponyms().stream().filter(g -> g.literal() && g.located()).toList();
            List<Resolver.Toponym> spans = goldSpans(d);
            PublisherHomes.Home home = PublisherHomes.ofSite(PublisherHomes.majority(othersOfPublisher(docs, d, named)), d.publisher());
            List<GeoName> found = resolver.resolve(d.text(), spans, List.of(), home, PublisherHomes.masthead(d.publisher(), null));
            score.startResolutionDocument();
            for (int i = 0; i < gold.size(); i++) {
                GeoName r = found.get(i);
                GeoCorpus.Gold g = gold.get(i);
                score.addResolution(g, r == null ? Double.NaN : r.lat(), r == null ? Double.NaN : r.lon(), r == null ? 0 : r.id());
                if (g.geonameId() != 0) score.addCoverage(gazetteer.contains(g.geonameId()));
                boolean reachable = resolver.candidates(spans.get(i).text()).stream()
                        .anyMatch(c -> GeoScore.haversineKm(g.lat(), g.lon(), c.lat(), c.lon()) <= GeoScore.KM_161);
                score.addReachable(reachable);
                // "reachable" marks the errors a better choice among the candidates could fix; the rest need a bigger gazetteer
                if (errors != null && (r == null || GeoScore.haversineKm(g.lat(), g.lon(), r.lat(), r.lon()) > GeoScore.KM_161))
                    errors.printf(Locale.ROOT, "%s\t%s\t%s\tgold %d %.2f,%.2f\t%s%n", d.id(), spans.get(i).text(),
                            r == null ? "-" : r.name() + "," + r.country() + "," + r.admin1() + " " + r.kind()
                                    + String.format(Locale.ROOT, " %.0f km", GeoScore.haversineKm(g.lat(), g.lon(), r.lat(), r.lon())),
                            g.geonameId(), g.lat(), g.lon(), reachable ? "reachable" : "unreachable");
            }
            score.endResolutionDocument();
        }
        return score;
    }

    /** The divisions named by each of the other stories of d's publisher: leave-one-out, as a store would know them. */
    static List<Set<PublisherHomes.Home>> othersOfPublisher(List<GeoCorpus.Doc> docs, GeoCorpus.Doc d, Map<GeoCorpus.Doc, Set<PublisherHomes.Home>> named) {
        if (d.publisher() == null) return List.of();
        return docs.stream().filter(o -> o != d && d.publisher().equals(o.publisher())).map(named::get).toList();
    }

    private static List<Resolver.Toponym> goldSpans(GeoCorpus.Doc d) {
        return d.toponyms().stream().filter(g -> g.literal() && g.located())
                .map(g -> new Resolver.Toponym(d.text().substring(g.start(), g.end()), g.start(), g.end(), null)).toList();
    }

    /**
     * sitrep's whole pipeline on each text: its places' mentions against the gold toponyms. The second score leaves
     * out gold nationality words ("Sudanese", "Palestinians"), which LGL and TR-News count as toponyms, GeoVirus does
     * not, and sitrep reads as mentions of their country: predictions on them are then neither right nor wrong.
     */
    public static GeoScore[] endToEnd(List<GeoCorpus.Doc> docs, Analyzer analyzer, PrintStream errors) {
        GeoScore score = new GeoScore(), withoutNationalities = new GeoScore();
        // As the store would: each story read alone first, then again with the home its publisher's other stories give
        Map<GeoCorpus.Doc, Reading> alone = new HashMap<>();
        Map<GeoCorpus.Doc, Set<PublisherHomes.Home>> named = new HashMap<>();
        for (GeoCorpus.Doc d : docs) {
            Reading r = analyzer.analyze(article(d));
            alone.put(d, r);
            named.put(d, PublisherHomes.divisionsOfPlaces(r.places()));
        }
        for (GeoCorpus.Doc d : docs) {
            PublisherHomes.Home home = PublisherHomes.majority(othersOfPublisher(docs, d, named));
            Reading r = home == null ? alone.get(d)
                    : analyzer.withPublisherHomes(new PublisherHomes(Map.of(PublisherHomes.key(d.publisher(), null), home))).analyze(article(d));
            List<GeoScore.Predicted> predicted = new ArrayList<>();
            for (Place p : r.places()) for (Mention m : p.mentions()) predicted.add(new GeoScore.Predicted(m.start(), m.end(), p.lat(), p.lon(),
                    p.geonamesId() == null ? 0 : p.geonamesId()));
            score.addDocument(d.toponyms(), predicted);
            withoutNationalities.addDocument(d.toponyms().stream().map(g -> isNationality(g.text())
                    ? new GeoCorpus.Gold(g.start(), g.end(), g.text(), g.lat(), g.lon(), false, g.geonameId()) : g).toList(), predicted);
            if (errors != null) {
                for (GeoCorpus.Gold g : d.toponyms()) {
                    if (g.literal() && predicted.stream().noneMatch(p -> p.start() < g.end() && g.start() < p.end())) errors.printf("%s\tMISSED\t%s%n", d.id(), g.text());
                }
                for (GeoScore.Predicted p : predicted) {
                    if (d.toponyms().stream().noneMatch(g -> p.start() < g.end() && g.start() < p.end())) errors.printf("%s\tSPURIOUS\t%s%n", d.id(), d.text().substring(p.start(), p.end()));
                }
            }
        }
        return new GeoScore[] {score, withoutNationalities};
    }

    private static Article article(GeoCorpus.Doc d) {
        return new Article(d.id(), d.id(), "txt", d.title(), d.publisher(), null, null, null, d.published(), "en", d.text(), List.of());
    }

    static boolean isNationality(String word) {
        if (word == null) return false;
        Lexicon lexicon = Lexicon.standard();
        Gazetteer g = Gazetteer.standard();
        for (String w : word.endsWith("s") ? List.of(word, word.substring(0, word.length() - 1)) : List.of(word)) {
            if (lexicon.countryOfDemonym(w) != null || g.countryOfDemonym(w) != null) return true;
        }
        return false;
    }

    public static void print(PrintStream out, String corpus, String mode, int docs, GeoScore s, double seconds) {
        if (!mode.equals("given")) {
            out.printf("%-10s %-10s docs %4d  gold %5d pred %5d  exact P %.3f R %.3f F1 %.3f  overlap P %.3f R %.3f F1 %.3f  ",
                    corpus, mode, docs, s.gold(), s.predicted(), s.precision(true), s.recall(true), s.f1(true),
                    s.precision(false), s.recall(false), s.f1(false));
        } else {
            out.printf("%-10s %-10s docs %4d  located %5d unresolved %4d  ", corpus, mode, docs, s.located(), s.unresolved());
        }
        out.printf("acc@161km %.3f (same GeoNames id or 161 km: %.3f)  mean %.0f km  median %.1f km  (%d scored, %.1f s)%n",
                s.accuracyWithin(GeoScore.KM_161), s.accuracySameEntryOrWithin161(), s.meanErrorKm(), s.medianErrorKm(), s.located(), seconds);
        if (!Double.isNaN(s.gazetteerCoverage()))
            out.printf("%-10s %-10s gold entries the gazetteer holds: %.3f (an upper bound on same-entry resolution)%n", corpus, "", s.gazetteerCoverage());
        if (!Double.isNaN(s.reachable()))
            out.printf("%-10s %-10s a candidate within 161 km: %.3f (the bound on acc@161 with these candidates)%n", corpus, "", s.reachable());
    }

    static List<GeoCorpus.Doc> read(Path dir, String corpus, int limit) throws IOException {
        List<GeoCorpus.Doc> docs = GeoCorpus.read(dir, corpus);
        return limit > 0 && docs.size() > limit ? docs.subList(0, limit) : docs;
    }
}
