package org.sitrep.annotate;

/** A time expression as the temporal tagger found it: TIMEX3 type and value, offsets into the text. */
public record TimeExpression(String text, String type, String value, int start, int end, int sentence) {}
