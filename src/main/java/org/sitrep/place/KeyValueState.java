package org.sitrep.place;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.dedup.Fingerprint;

/**
 * A {@link PlacerState} over string keys and values: in a map ({@link #inMemory}), or in Flink keyed state (a
 * {@code MapState<String, String>}, which checkpoints it). Keys are namespaced by a prefix per table; complex values
 * are JSON. Reads and writes touch only the entries one article needs, so a state backend snapshots it incrementally
 * and holds no copy of the corpus outside itself.
 */
public final class KeyValueState implements PlacerState {

    /** Where the entries live. Implementations throw {@link StateException} on failure. */
    public interface Entries {
        String get(String key);

        void put(String key, String value);
    }

    private static final String PLACED = "#placed", DOCUMENTS = "#documents", STARTED = "#started";

    /** Decoded values kept for the next read: placing an article reads the same stories and candidates again and again. */
    private static final int CACHED = 20_000;

    private final Entries entries;
    /**
     * The decoded JSON values read or written lately (least recently used dropped). Valid because this object is the
     * only writer of its entries (the Flink operator builds a new one, with an empty cache, on every (re)start).
     */
    private final Map<String, Object> decoded = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) { return size() > CACHED; }
    };

    public KeyValueState(Entries entries) { this.entries = entries; }

    /** A state in a fresh map: for tests and a placer that starts from nothing. */
    public static KeyValueState inMemory() {
        Map<String, String> map = new HashMap<>();
        return new KeyValueState(new Entries() {
            @Override public String get(String key) { return map.get(key); }
            @Override public void put(String key, String value) { map.put(key, value); }
        });
    }

    /** What is kept per placed article: its place in the order, its shingles, its copy group and its story. */
    private record Article(long seq, long[] shingles, String group, String story) {}

    /** A copy group: its current root (the earliest published copy) and that root's date. */
    private record Group(String root, String published) {}

    private record Cluster(String key, List<Json.Signature> events) {}

    @Override
    public boolean known(String contentHash) { return entries.get("a:" + contentHash) != null; }

    @Override
    public List<Candidate> candidates(long[] bands, int limit) {
        Map<String, Integer> shared = new LinkedHashMap<>();
        for (long band : Arrays.stream(bands).distinct().toArray()) {
            for (String hash : list("l:" + band)) shared.merge(hash, 1, Integer::sum);
        }
        Map<String, Article> articles = new HashMap<>();
        for (String hash : shared.keySet()) articles.put(hash, article(hash));
        List<Candidate> out = new ArrayList<>();
        shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparingLong(e -> articles.get(e.getKey()).seq()))
                .limit(limit)
                .forEach(e -> {
                    Article a = articles.get(e.getKey());
                    Group g = read("g:" + a.group(), Group.class);
                    out.add(new Candidate(e.getKey(), new Fingerprint(a.shingles(), new long[0]), g.root(), g.published()));
                });
        return out;
    }

    @Override
    public String storyOf(String contentHash) {
        Article a = article(contentHash);
        return a == null ? null : a.story();
    }

    @Override
    public int documents() {
        String n = entries.get(DOCUMENTS);
        return n == null ? 0 : Integer.parseInt(n);
    }

    @Override
    public int documentFrequency(String feature) {
        String n = entries.get("f:" + feature);
        return n == null ? 0 : Integer.parseInt(n);
    }

    @Override
    public List<String> storiesWith(String feature) { return list("p:" + feature); }

    @Override
    public List<DocumentFeatures> members(String story) {
        List<Json.Features> stored = read("m:" + story, new TypeReference<List<Json.Features>>() {});
        return stored == null ? List.of() : stored.stream().map(Json.Features::features).toList();
    }

    @Override
    public List<EventCluster> clusters(String story, String plover) {
        List<Cluster> stored = read(clustersKey(story, plover), new TypeReference<List<Cluster>>() {});
        List<EventCluster> out = new ArrayList<>();
        if (stored == null) return out;
        for (Cluster c : stored) {
            out.add(new EventCluster(c.key(), c.events().stream().map(Json.Signature::signature).toList()));
        }
        return out;
    }

    @Override
    public void apply(Placement p) {
        String group = p.contentHash();
        if (p.copy() != null) {
            group = article(p.copy().root()).group();
            if (p.copy().reroots()) write("g:" + group, new Group(p.contentHash(), p.published()));
        } else {
            write("g:" + group, new Group(p.contentHash(), p.published()));
        }
        remember(p, group);
    }

    /**
     * Remembers an article a store held before this state existed, in the store's order ({@code Store.exportPlacerState}):
     * as {@link #apply}, but with its copy group named by the group's current root, since the re-rootings that made
     * it the root are not replayed. {@code p.copy()} is ignored.
     */
    public void applyStored(Placement p, String root, String rootPublished) {
        write("g:" + root, new Group(root, rootPublished));
        remember(p, root);
    }

    /** True once this state holds a corpus: something was placed, or a store's articles were loaded into it. */
    public boolean started() { return entries.get(STARTED) != null; }

    /** Marks the state as holding its corpus (an empty store's included), so it is never loaded from a store again. */
    public void markStarted() { entries.put(STARTED, "1"); }

    private void remember(Placement p, String group) {
        markStarted();
        long seq = entries.get(PLACED) == null ? 0 : Long.parseLong(entries.get(PLACED));
        entries.put(PLACED, Long.toString(seq + 1));
        write("a:" + p.contentHash(), new Article(seq, p.fingerprint().shingles(), group, p.story()));
        for (long band : Arrays.stream(p.fingerprint().bands()).distinct().toArray()) append("l:" + band, p.contentHash());
        DocumentFeatures f = p.features();
        if (f != null) {
            entries.put(DOCUMENTS, Integer.toString(documents() + 1));
            for (String key : StoryClusterer.featureKeys(f)) {
                entries.put("f:" + key, Integer.toString(documentFrequency(key) + 1));
                if (!list("p:" + key).contains(p.story())) append("p:" + key, p.story());
            }
            List<Json.Features> stored = read("m:" + p.story(), new TypeReference<List<Json.Features>>() {});
            List<Json.Features> members = stored == null ? new ArrayList<>() : new ArrayList<>(stored);
            members.add(Json.Features.of(f));
            write("m:" + p.story(), members);
        }
        for (Placement.EventLink l : p.events()) {
            String plover = l.signature().plover();
            if (plover == null || p.story() == null) continue; // never matched, so never looked up
            String key = clustersKey(p.story(), plover);
            List<Cluster> stored = read(key, new TypeReference<List<Cluster>>() {});
            List<Cluster> clusters = stored == null ? new ArrayList<>() : new ArrayList<>(stored);
            Json.Signature sig = Json.Signature.of(l.signature());
            if (l.founds()) {
                clusters.add(new Cluster(l.cluster(), List.of(sig)));
            } else {
                for (int i = 0; i < clusters.size(); i++) {
                    Cluster c = clusters.get(i);
                    if (!c.key().equals(l.cluster())) continue;
                    List<Json.Signature> events = new ArrayList<>(c.events());
                    events.add(sig);
                    clusters.set(i, new Cluster(c.key(), events));
                }
            }
            write(key, clusters);
        }
    }

    private static String clustersKey(String story, String plover) { return "e:" + story + "\u0000" + plover; }

    private Article article(String hash) { return read("a:" + hash, Article.class); }

    /** A list of content hashes or story keys (no spaces in either), in the order they were added. */
    private List<String> list(String key) {
        String v = entries.get(key);
        return v == null || v.isEmpty() ? List.of() : List.of(v.split(" "));
    }

    private void append(String key, String item) {
        String v = entries.get(key);
        entries.put(key, v == null || v.isEmpty() ? item : v + " " + item);
    }

    private <T> T read(String key, Class<T> type) {
        Object v = decoded.get(key);
        if (v == null && (v = Json.read(entries.get(key), type)) != null) decoded.put(key, v);
        return type.cast(v);
    }

    @SuppressWarnings("unchecked") // the cache holds what this key was last read or written as
    private <T> T read(String key, TypeReference<T> type) {
        Object v = decoded.get(key);
        if (v == null && (v = Json.read(entries.get(key), type)) != null) decoded.put(key, v);
        return (T) v;
    }

    /** Values written must not be changed afterwards: the cache hands the same object to later reads. */
    private void write(String key, Object value) {
        entries.put(key, Json.write(value));
        decoded.put(key, value);
    }
}
