package org.sitrep.places;

/**
 * One gazetteer entry: a GeoNames feature (or a hand-made region) with its point.
 *
 * @param id         GeoNames id, or 0 for a region that has none
 * @param kind       what sort of place it is, which also gives the precision of its point
 * @param fcode      GeoNames feature code (PPLC capital, PPLA seat of a first-order division, PCLI country, ...)
 * @param country    ISO 3166 alpha-2 code, null for regions
 * @param admin1     GeoNames first-order division code within the country, null when none
 * @param population people living there (for divisions: in its populated places), 0 when unknown
 */
public record GeoName(long id, String name, Kind kind, String fcode, String country, String admin1,
                      double lat, double lon, long population) {

    public enum Kind {
        COUNTRY("country"), ADMIN1("admin1"), ADMIN2("admin2"), CITY("city"), REGION("region"),
        /** A street or road, at the point of the town it is in ({@link LocalPlaces}). */
        STREET("street"),
        /** A park, river, lake, mountain or township, at the point of the town the text puts it in. */
        FEATURE("feature");

        public final String precision;

        Kind(String precision) { this.precision = precision; }
    }
}
