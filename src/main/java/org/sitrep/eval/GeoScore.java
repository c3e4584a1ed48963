package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Geoparsing scores accumulated over documents: toponym recognition (exact and overlapping spans, one-to-one)
 * and resolution (distance from the gold point; accuracy within 161 km = 100 miles, the field's usual threshold).
 * Recognition counts ignore gold spans that are not literal places (GeoWebNews metonymy, demonyms) and
 * predictions that fall on them: neither rewarded nor punished.
 */
public final class GeoScore {
    public static final double KM_161 = 161;

    /** A predicted place mention; lat/lon NaN when not resolved. */
    public record Predicted(int start, int end, double lat, double lon, long geonameId) {}

    int gold, predicted, exact, overlap, located, unresolved, sameEntryOrNear, withId, idInGazetteer, candidatesChecked, reachable;
    final List<Double> errors = new ArrayList<>();
    /** Per-document counts, for bootstrap intervals over documents: exact spans, overlapping spans, resolutions. */
    final List<Counts> exactByDoc = new ArrayList<>(), overlapByDoc = new ArrayList<>(), resolvedByDoc = new ArrayList<>();

    /** Adds one document scored end to end. */
    public void addDocument(List<GeoCorpus.Gold> goldSpans, List<Predicted> predictions) {
        int g0 = gold, p0 = predicted, e0 = exact, o0 = overlap, l0 = located, n0 = near();
        List<GeoCorpus.Gold> literal = goldSpans.stream().filter(GeoCorpus.Gold::literal).toList();
        List<Predicted> counted = predictions.stream().filter(p -> literal.stream().anyMatch(g -> overlaps(g, p))
                || goldSpans.stream().noneMatch(g -> !g.literal() && overlaps(g, p))).toList();
        gold += literal.size();
        predicted += counted.size();
        boolean[] usedExact = new boolean[counted.size()], used = new boolean[counted.size()];
        for (GeoCorpus.Gold g : literal) {
            for (int i = 0; i < counted.size(); i++) {
                Predicted p = counted.get(i);
                if (!usedExact[i] && p.start() == g.start() && p.end() == g.end()) { usedExact[i] = true; exact++; break; }
            }
            for (int i = 0; i < counted.size(); i++) {
                Predicted p = counted.get(i);
                if (used[i] || !overlaps(g, p)) continue;
                used[i] = true;
                overlap++;
                if (g.located()) addError(g, p.lat(), p.lon(), p.geonameId());
                break;
            }
        }
        exactByDoc.add(new Counts(exact - e0, predicted - p0, gold - g0));
        overlapByDoc.add(new Counts(overlap - o0, predicted - p0, gold - g0));
        resolvedByDoc.add(new Counts(near() - n0, located - l0, located - l0));
    }

    /** Starts a document scored given the gold toponyms (see {@link #endResolutionDocument()}). */
    private int docLocated, docNear;

    public void startResolutionDocument() { docLocated = located; docNear = near(); }

    public void endResolutionDocument() { resolvedByDoc.add(new Counts(near() - docNear, located - docLocated, located - docLocated)); }

    private int near() { return (int) errors.stream().filter(e -> e <= KM_161).count(); }

    /** Adds the resolution of one gold toponym given to the resolver (NaN when it found no entry). */
    public void addResolution(GeoCorpus.Gold g, double lat, double lon, long geonameId) {
        if (g.located()) addError(g, lat, lon, geonameId);
    }

    private void addError(GeoCorpus.Gold g, double lat, double lon, long geonameId) {
        located++;
        if (Double.isNaN(lat)) { unresolved++; return; }
        double km = haversineKm(g.lat(), g.lon(), lat, lon);
        errors.add(km);
        if (km <= KM_161 || g.geonameId() != 0 && g.geonameId() == geonameId) sameEntryOrNear++;
    }

    /**
     * Share of located toponyms resolved to the gold GeoNames entry or within 161 km: a country or state resolved
     * to the right entry counts even when the corpus puts its point elsewhere (LGL's Canada is at GeoNames'
     * 60.1,-113.6, sitrep's at world-countries' 60,-95; GeoVirus puts countries at Wikipedia's points).
     */
    public double accuracySameEntryOrWithin161() { return located == 0 ? 0 : sameEntryOrNear / (double) located; }

    private static boolean overlaps(GeoCorpus.Gold g, Predicted p) { return p.start() < g.end() && g.start() < p.end(); }

    public double precision(boolean exactMatch) { return predicted == 0 ? 0 : (exactMatch ? exact : overlap) / (double) predicted; }

    public double recall(boolean exactMatch) { return gold == 0 ? 0 : (exactMatch ? exact : overlap) / (double) gold; }

    public double f1(boolean exactMatch) {
        double p = precision(exactMatch), r = recall(exactMatch);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of located toponyms resolved within km of the gold point (unresolved ones count as misses). */
    public double accuracyWithin(double km) {
        return located == 0 ? 0 : errors.stream().filter(e -> e <= km).count() / (double) located;
    }

    public double meanErrorKm() { return errors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN); }

    public double medianErrorKm() {
        if (errors.isEmpty()) return Double.NaN;
        double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(e);
        return e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
    }

    public int located() { return located; }

    public Counts recognition(boolean exactMatch) { return new Counts(exactMatch ? exact : overlap, predicted, gold); }

    public List<Counts> recognitionByDocument(boolean exactMatch) { return exactMatch ? exactByDoc : overlapByDoc; }

    /** Resolution as counts: correct = within 161 km, predicted = gold = located toponyms (precision is accuracy). */
    public List<Counts> resolutionByDocument() { return resolvedByDoc; }

    public int unresolved() { return unresolved; }

    /** Counts a gold toponym with a GeoNames id, and whether the gazetteer holds that entry. */
    public void addCoverage(boolean inGazetteer) {
        withId++;
        if (inGazetteer) idInGazetteer++;
    }

    /**
     * Share of gold toponyms with a GeoNames id whose entry the gazetteer holds (NaN when the corpus gives no ids): no
     * resolver can find the others' entries, so it bounds same-entry resolution.
     */
    public double gazetteerCoverage() { return withId == 0 ? Double.NaN : idInGazetteer / (double) withId; }

    /** Counts a located gold toponym, and whether any of the resolver's candidates for its name lies within 161 km. */
    public void addReachable(boolean withinReach) {
        candidatesChecked++;
        if (withinReach) reachable++;
    }

    /**
     * Share of located gold toponyms with a candidate within 161 km: what acc@161 would be if the resolver always
     * chose the best of its candidates, the bound the gazetteer's names and entries set.
     */
    public double reachable() { return candidatesChecked == 0 ? Double.NaN : reachable / (double) candidatesChecked; }

    public int gold() { return gold; }

    public int predicted() { return predicted; }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        return Geo.haversineKm(new Geo.Point(lat1, lon1), new Geo.Point(lat2, lon2));
    }
}
