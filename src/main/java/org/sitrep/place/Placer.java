package org.sitrep.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventSignature;
import org.sitrep.cluster.Idf;
import org.sitrep.cluster.ReadingFeatures;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.dedup.Fingerprint;
import org.sitrep.dedup.NearDuplicates;
import org.sitrep.model.Reading;

/**
 * Decides where a new article goes: the copy group it joins (near-duplicate search over LSH keys, confirmed by
 * containment), its story (incremental story clustering over the stories sharing one of its weightiest features) and
 * the event cluster of each of its events (the first cluster of its story holding the same event). Pure: it reads
 * the {@link PlacerState} and changes nothing, so the caller applies the placement where its write commits. The
 * decision depends on the order articles are placed in, which is why one placer sees every article in order.
 */
public final class Placer {

    /** Candidates verified per new article: the LSH keys shared most; more would only be chance collisions. */
    public static final int MAX_CANDIDATES = 40;
    /** Stories looked at per new article: those sharing one of its most weighty features. */
    static final int SALIENT = 12;

    private final StoryClusterer clusterer = new StoryClusterer();

    /** The placement of an article not placed yet ({@link PlacerState#known} is false). */
    public Placement place(Reading r, PlacerState state) {
        String hash = r.article().id();
        String published = r.article().published();
        Fingerprint fp = Fingerprint.of(r.article().text());
        Placement.Copy copy = null;
        String root = null;
        PlacerState.Candidate best = nearest(fp, state);
        if (best != null) {
            double sim = NearDuplicates.similarity(fp, best.fingerprint());
            boolean earlier = published != null && (best.rootPublished() == null || published.compareTo(best.rootPublished()) < 0);
            copy = new Placement.Copy(best.root(), sim, earlier);
            root = best.root();
        }
        Clustered c = cluster(r, root, state);
        return new Placement(hash, published, fp, copy, c.story(), c.newStory(), c.features(), c.events());
    }

    /**
     * The story and event clusters of an article, and its features when it is clustered as an original.
     *
     * @param copyOf the root of the copy group the article joins, or null: a copy goes into its root's story
     */
    public Clustered cluster(Reading r, String copyOf, PlacerState state) {
        String story = copyOf == null ? null : state.storyOf(copyOf);
        DocumentFeatures f = null;
        boolean founds = false;
        if (story == null) {
            f = ReadingFeatures.of(r);
            Idf idf = withDocument(state, StoryClusterer.featureKeys(f));
            StoryClusterer.Assignment a = clusterer.assign(f, candidates(f, idf, state), idf);
            story = a.storyId();
            founds = a.newStory();
        }
        return new Clustered(story, founds, f, events(r.article().id(), story, founds, EventSignatures.of(r), state));
    }

    /** A story and event clusters for an article. */
    public record Clustered(String story, boolean newStory, DocumentFeatures features, List<Placement.EventLink> events) {

        public Clustered {
            events = List.copyOf(events);
        }
    }

    /**
     * Each event joins the first (oldest) cluster of its story holding a matching event, its article's events placed
     * before it included, else founds a cluster. Matching one event rather than a union of them keeps a cluster from
     * collecting an actor from one report and a date from another and then swallowing a third event that matches neither.
     */
    public List<Placement.EventLink> events(String hash, String story, boolean newStory, Map<String, EventSignature> signatures,
                                            PlacerState state) {
        List<Placement.EventLink> out = new ArrayList<>();
        for (Map.Entry<String, EventSignature> e : signatures.entrySet()) {
            EventSignature sig = e.getValue();
            String cluster = null;
            if (sig.plover() != null) { // an untyped event matches nothing
                List<PlacerState.EventCluster> known = newStory ? List.of() : state.clusters(story, sig.plover());
                for (PlacerState.EventCluster k : withOwn(known, out, sig.plover())) {
                    if (k.events().stream().anyMatch(s -> s.sameEvent(sig))) { cluster = k.key(); break; }
                }
            }
            boolean founds = cluster == null;
            if (founds) cluster = Placement.clusterKey(hash, e.getKey());
            out.add(new Placement.EventLink(e.getKey(), sig, cluster, founds));
        }
        return out;
    }

    /** The state's clusters with this article's events placed so far: joined into theirs, or as new clusters at the end. */
    private static List<PlacerState.EventCluster> withOwn(List<PlacerState.EventCluster> known, List<Placement.EventLink> own, String plover) {
        if (own.isEmpty()) return known;
        List<PlacerState.EventCluster> out = new ArrayList<>();
        for (PlacerState.EventCluster k : known) {
            List<EventSignature> events = new ArrayList<>(k.events());
            for (Placement.EventLink l : own) if (l.cluster().equals(k.key())) events.add(l.signature());
            out.add(new PlacerState.EventCluster(k.key(), events));
        }
        for (Placement.EventLink l : own) {
            if (!l.founds() || !plover.equals(l.signature().plover())) continue;
            List<EventSignature> events = new ArrayList<>();
            for (Placement.EventLink m : own) if (m.cluster().equals(l.cluster())) events.add(m.signature());
            out.add(new PlacerState.EventCluster(l.cluster(), events));
        }
        return out;
    }

    /** The most similar stored copy among the candidates, if it is similar enough; the first of equals wins. */
    private static PlacerState.Candidate nearest(Fingerprint fp, PlacerState state) {
        if (fp.size() < NearDuplicates.MIN_SHINGLES) return null;
        PlacerState.Candidate best = null;
        double bestSim = 0;
        for (PlacerState.Candidate c : state.candidates(fp.bands(), MAX_CANDIDATES)) {
            double sim = NearDuplicates.similarity(fp, c.fingerprint());
            if (sim >= NearDuplicates.THRESHOLD && (best == null || sim > bestSim)) {
                best = c;
                bestSim = sim;
            }
        }
        return best;
    }

    /** The new document counts in its own IDF, as in a batch (TermStatistics.plus). */
    private static Idf withDocument(PlacerState state, Set<String> own) {
        int documents = state.documents() + 1;
        return f -> Idf.of(documents, state.documentFrequency(f) + (own.contains(f) ? 1 : 0));
    }

    private List<Story> candidates(DocumentFeatures f, Idf idf, PlacerState state) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : clusterer.salientFeatures(f, idf, SALIENT)) ids.addAll(state.storiesWith(key));
        List<Story> out = new ArrayList<>();
        for (String id : ids) out.add(new Story(id, state.members(id)));
        return out;
    }
}
