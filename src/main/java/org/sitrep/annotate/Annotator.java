package org.sitrep.annotate;

import java.time.LocalDate;

/** Turns text into tokens, sentences, entity tags and time expressions. Implementations are thread-safe. */
public interface Annotator {

    /**
     * @param reference the date relative expressions are resolved against (the publication date), or null
     */
    Annotated annotate(String text, LocalDate reference);
}
