/** Reading inputs (plain text, HTML, JSON Lines) into {@link org.sitrep.model.Article}s: story text, metadata, dateline, page furniture. */
package org.sitrep.ingest;
