package org.sitrep.stream;

/**
 * An analysed message and where the placer put it, on its way to the store writer.
 *
 * @param analysed  the analysis result (failed ones pass through)
 * @param placement the placement as {@code org.sitrep.place.PlacementCodec} JSON, or null when there is nothing to
 *                  place: a failed analysis, or an article placed before (the store holds it or will, from the
 *                  checkpoint's replay)
 */
public record Placed(Analysed analysed, String placement) {}
