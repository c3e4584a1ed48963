package org.sitrep.eval;

/** A score a known system published on the same task, with where it was published. */
public record Published(String system, String metric, double value, String citation) {}
