package org.sitrep.store;

import java.util.Optional;

/**
 * A place's store-wide key: its GeoNames id ({@code 314830} for Gaziantep), else, for a hand-made region with no
 * GeoNames point ("the Middle East"), its normalised name ({@link EntityKey#normalise}). A key of digits alone is
 * always a GeoNames id.
 *
 * @param geonamesId the GeoNames id, or null
 * @param name       the normalised name when there is no GeoNames id, else null
 */
public record PlaceKey(Long geonamesId, String name) {

    public PlaceKey {
        if ((geonamesId == null) == (name == null)) throw new IllegalArgumentException("a place key is a GeoNames id or a name");
        if (name != null && (name.isEmpty() || name.chars().allMatch(Character::isDigit))) throw new IllegalArgumentException("not a place name: " + name);
    }

    /** The key of a stored place row. */
    public static PlaceKey of(Long geonamesId, String name) {
        return geonamesId != null ? new PlaceKey(geonamesId, null) : new PlaceKey(null, EntityKey.normalise(name));
    }

    public static Optional<PlaceKey> parse(String key) {
        if (key == null || key.isBlank()) return Optional.empty();
        String k = key.strip();
        if (k.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(new PlaceKey(Long.parseLong(k), null));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String n = EntityKey.normalise(k);
        return n.isEmpty() || n.chars().allMatch(Character::isDigit) ? Optional.empty() : Optional.of(new PlaceKey(null, n));
    }

    @Override
    public String toString() {
        return geonamesId != null ? geonamesId.toString() : name;
    }
}
