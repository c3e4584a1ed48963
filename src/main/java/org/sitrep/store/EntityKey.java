package org.sitrep.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An entity's store-wide key: its type and its normalised canonical name, written {@code TYPE:name}
 * ({@code PERSON:saad al-allaq}). A reading's ids ({@code e2}) are per article, so the store needs its own.
 *
 * <p>Not the actor code: {@code entities.actor} holds CAMEO codes, which whole groups of actors share (Saad al-Allaq
 * and Iraqi Military Intelligence are both {@code IRQMILSPY}; Turkey, Gaziantep and "Turkish" are all {@code TUR}),
 * so a code would merge different entities. The code stays an attribute and a filter. The name is the reading's
 * canonical one (the actor registry already gives known organisations one name: "ISIS" is "Islamic State").
 *
 * @param type PERSON, ORGANIZATION, GPE, LOCATION, NORP or MISC
 * @param name the normalised name (see {@link #normalise})
 */
public record EntityKey(String type, String name) {

    /** The reading's entity types: a key must start with one, so a speaker name with a colon is not taken for a key. */
    public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "GPE", "LOCATION", "NORP", "MISC");

    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public EntityKey {
        if (type == null || !TYPES.contains(type)) throw new IllegalArgumentException("unknown entity type '" + type + "'");
        if (name == null || name.isEmpty() || !name.equals(normalise(name))) throw new IllegalArgumentException("the name of a key must be normalised");
    }

    /** The key of a stored entity row. */
    public static EntityKey of(String type, String name) {
        return new EntityKey(type == null ? "MISC" : type, normalise(name));
    }

    /** {@code TYPE:name} back into a key; empty when the text is not one (the type must be a known one). */
    public static java.util.Optional<EntityKey> parse(String key) {
        if (key == null) return java.util.Optional.empty();
        int colon = key.indexOf(':');
        if (colon <= 0) return java.util.Optional.empty();
        String type = key.substring(0, colon).strip().toUpperCase(Locale.ROOT), name = normalise(key.substring(colon + 1));
        if (!TYPES.contains(type) || name.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new EntityKey(type, name));
    }

    /**
     * NFKC, lower case (root locale), runs of white space as one space, trimmed: what varies between two articles'
     * spellings of the same name without changing it. The page code (js/keys.js) does the same.
     */
    public static String normalise(String name) {
        if (name == null) return "";
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(n).replaceAll(" ").strip();
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }
}
