package org.sitrep.model;

/** Something a stage could not do for this article (an ambiguous date, an unresolved place), reported rather than guessed. */
public record Problem(String stage, String message, Integer start, Integer end) {}
