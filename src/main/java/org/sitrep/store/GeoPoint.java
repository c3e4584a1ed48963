package org.sitrep.store;

/** An event with coordinates, as the map draws it: enough to colour, place and link it, nothing more. */
public record GeoPoint(long articleId, String event, String type, String modality, double lat, double lon, String date,
                       String location, String title) {}
