package org.sitrep.model;

/** One occurrence of an entity in the text. */
public record Mention(String text, int start, int end, int sentence) {}
