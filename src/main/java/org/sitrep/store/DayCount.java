package org.sitrep.store;

/** How many events of one type fall on one day (the event's date, else its article's publication date). */
public record DayCount(String day, String type, long count) {}
