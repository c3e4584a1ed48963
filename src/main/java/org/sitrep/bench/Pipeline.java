package org.sitrep.bench;

import org.sitrep.model.Article;

/** A pipeline under test: processes one article (thread-safely) and says how many tokens it read. */
@FunctionalInterface
interface Pipeline {
    int process(Article article);
}
