package org.sitrep.eval;

import java.util.List;

/** Distance scoring for geoparsing evaluators: great-circle distance and accuracy within k km. */
public final class Geo {

    /** Mean Earth radius (IUGG), the figure geoparsing papers use for accuracy@161km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** A coordinate in degrees. */
    public record Point(double lat, double lon) {}

    private Geo() {}

    public static double haversineKm(Point a, Point b) {
        double dLat = Math.toRadians(b.lat() - a.lat()), dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Share of pairs {gold, predicted} whose distance is at most k km; a missing prediction counts as wrong. */
    public static double accuracyWithin(List<Point[]> goldAndPredicted, double k) {
        if (goldAndPredicted.isEmpty()) return 0;
        long ok = goldAndPredicted.stream().filter(p -> p[1] != null && haversineKm(p[0], p[1]) <= k).count();
        return (double) ok / goldAndPredicted.size();
    }
}
