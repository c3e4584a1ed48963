/**
 * Where a new article goes in the corpus: the near-duplicate group it copies, its story and the event clusters of its
 * events, decided by one pure {@link org.sitrep.place.Placer} over a small {@link org.sitrep.place.PlacerState}, so
 * the local ingest (state read from the store) and the Flink job (state in keyed state) run the same decision.
 */
package org.sitrep.place;
