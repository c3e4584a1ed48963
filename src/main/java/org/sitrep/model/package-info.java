/** The document model: immutable records for an article and every fact read from it, each with character offsets into {@link org.sitrep.model.Article#text()}. */
package org.sitrep.model;
