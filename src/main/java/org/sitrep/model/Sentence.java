package org.sitrep.model;

/** A sentence of the article text, the unit of evidence every fact points back to. */
public record Sentence(int index, int start, int end) {}
