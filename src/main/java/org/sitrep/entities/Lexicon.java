package org.sitrep.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the entity stage reads: countries with their other names, demonyms and capitals (from GeoNames),
 * titles and ranks, group nouns, news media. Loaded once from the jar; immutable and shared by all threads.
 */
public final class Lexicon {

    /** A country as the entity stage needs it. */
    public record Country(String iso2, String iso3, String name, String capital) {}

    /** A title as written ("Lt. Gen.") with its kind: rank, honorific or office. */
    public record Title(String text, String kind, List<String> tokens) {}

    private final Map<String, Country> countryByName = new HashMap<>();
    private final Map<String, Country> countryByDemonym = new HashMap<>();
    private final Map<String, Country> countryByCapital = new HashMap<>();
    private final Map<String, List<Title>> titlesByFirstToken = new HashMap<>();
    private final Set<String> officeWords = new HashSet<>();
    private final Map<String, String> groupNouns = new HashMap<>();
    private final Set<String> media = new HashSet<>();

    private static final Lexicon DEFAULT = new Lexicon();

    public static Lexicon standard() { return DEFAULT; }

    private Lexicon() {
        Map<String, Country> byIso = new HashMap<>();
        for (String[] f : rows("countries.tsv")) {
            Country c = new Country(f[0], f[1], f[2], f[3]);
            byIso.put(c.iso2(), c);
            countryByName.put(key(c.name()), c);
            if (!c.capital().isBlank()) countryByCapital.put(key(c.capital()), c);
        }
        for (String[] f : rows("country-names.tsv")) {
            Country c = byIso.get(f[0]);
            if (c == null) throw new IllegalStateException("country-names.tsv names unknown country " + f[0]);
            Map<String, Country> target = f[1].equals("demonym") ? countryByDemonym : countryByName;
            for (String name : f[2].split("\\|")) target.put(key(name), c);
        }
        for (String[] f : rows("titles.txt")) {
            List<String> tokens = List.of(f[1].toLowerCase(Locale.ROOT).split(" "));
            titlesByFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Title(f[1], f[0], tokens));
            if (f[0].equals("office")) officeWords.add(tokens.get(tokens.size() - 1));
        }
        titlesByFirstToken.values().forEach(l -> l.sort((a, b) -> b.tokens().size() - a.tokens().size()));
        for (String[] f : rows("group-nouns.tsv")) groupNouns.put(f[0], f[1]);
        for (String[] f : rows("media.txt")) media.add(key(f[0]));
    }

    static String key(String s) { return s.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip(); }

    /** The country this name or alias denotes ("US", "Britain", "Iraq"), or null. */
    public Country country(String name) { return countryByName.get(key(name)); }

    /** The country of a demonym ("Iraqi", "Turkish"), or null. */
    public Country countryOfDemonym(String word) { return countryByDemonym.get(key(word)); }

    /** The country whose capital this is ("Washington" → United States), or null. */
    public Country countryOfCapital(String name) { return countryByCapital.get(key(name)); }

    /** Titles that may start at this (lower-cased) word, longest first. */
    public List<Title> titlesStartingWith(String word) { return titlesByFirstToken.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()); }

    /** True for the head word of an office title ("head", "minister", "spokesman"). */
    public boolean isOfficeWord(String word) { return officeWords.contains(word.toLowerCase(Locale.ROOT)); }

    /** The CAMEO-style sector of a group noun ("officials" → GOV, "forces" → MIL), or null. */
    public String sectorOfGroupNoun(String noun) { return groupNouns.get(noun.toLowerCase(Locale.ROOT)); }

    public boolean isMedia(String name) { return media.contains(key(name)); }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/entities/" + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.contains("\t") ? line.split("\t") : new String[] {line.strip()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
