package org.sitrep.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/**
 * Gives entities their CAMEO-style actor codes. An entity whose name or alias is in the {@link ActorRegistry} takes
 * the entry's code on the article's date (and, for curated entries, its canonical name and aliases: "Islamic State"
 * is also ISIL and Daesh). Other entities get a code composed the CAMEO way: the country of a demonym or country
 * name in their name, titles or group-actor note, then the sectors of agent words ("officials" → GOV, "Military
 * Intelligence" → MILSPY), so "Turkish officials" → TURGOV and "Head of Iraqi Military Intelligence" → IRQMILSPY.
 */
public final class ActorLinker {

    private static final Pattern NOTE_COUNTRY = Pattern.compile("\\b(?:of|for) (?:the )?([A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)*)");
    private static final int MAX_PHRASE = 5;
    private static final int MAX_GAP = 60;
    // Between "Lebanon" and "Elias Hrawi": a possessive, then a few words of title; no clause punctuation.
    private static final Pattern TITLE_GAP = Pattern.compile("(?:['’]s)?\\s+[^,;:()\"\\n.]*(?:\\.[^,;:()\"\\n.]*)?\\s+");
    private static final int MAX_SECTORS = 2;

    private final ActorRegistry registry;
    private final Lexicon lex;

    public ActorLinker() { this(ActorRegistry.standard(), Lexicon.standard()); }

    public ActorLinker(ActorRegistry registry, Lexicon lex) {
        this.registry = registry;
        this.lex = lex;
    }

    /** The entities with actor codes where one is known or can be composed; {@code date} picks among dated roles. */
    public List<Entity> link(List<Entity> entities, LocalDate date) { return link(entities, date, null); }

    /**
     * As {@link #link(List, LocalDate)}; with the text the mentions point into, a titled person still without a
     * code takes the country written just before their title ("Russian Foreign Minister Andrei Kozyrev",
     * "Lebanon's new President Elias Hrawi").
     */
    public List<Entity> link(List<Entity> entities, LocalDate date, String text) {
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) out.add(link(e, date));
        if (text == null) return out;
        for (int i = 0; i < out.size(); i++) {
            Entity e = out.get(i);
            if (!e.type().equals("PERSON") || e.actor() != null || e.titles().isEmpty()) continue;
            String country = countryBefore(e, out, text);
            if (country != null) out.set(i, withCode(e, e.name(), e.aliases(), country + sectors(e, false)));
        }
        return out;
    }

    /** The country code of the nearest country-coded entity ending just before one of the person's titled mentions. */
    private static String countryBefore(Entity person, List<Entity> all, String text) {
        String best = null;
        int bestEnd = -1;
        for (Mention m : person.mentions()) {
            for (Entity o : all) {
                if (o == person || o.actor() == null || o.actor().length() != 3 || o.type().equals("PERSON")) continue;
                for (Mention n : o.mentions()) {
                    if (n.end() > m.start() || m.start() - n.end() > MAX_GAP || n.end() <= bestEnd) continue;
                    String gap = text.substring(n.end(), m.start());
                    if (!TITLE_GAP.matcher(gap).matches()) continue;
                    if (endsWithTitle(gap, person.titles())) {
                        best = o.actor();
                        bestEnd = n.end();
                    }
                }
            }
        }
        return best;
    }

    Entity link(Entity e, LocalDate date) {
        for (String name : names(e)) {
            for (ActorRegistry.Actor a : registry.find(name)) {
                if (!fits(e.type(), a.kind())) continue;
                String code = a.codeOn(date);
                if (code == null) continue;
                return a.kind().equals("curated") ? withCurated(e, a, code) : withCode(e, e.name(), e.aliases(), code);
            }
        }
        if (e.type().equals("PERSON") && !e.titles().isEmpty() && !e.name().contains(" ")) {
            // "President Mugabe": a titled surname alone, when exactly one dictionary person bears it
            ActorRegistry.Actor a = registry.bySurname(e.name());
            String code = a == null ? null : a.codeOn(date);
            if (code != null) return withCode(e, e.name(), e.aliases(), code);
        }
        String composed = compose(e);
        return composed == null ? e : withCode(e, e.name(), e.aliases(), composed);
    }

    /** The names to look up: the canonical one first, then the proper-name aliases (not "the group"). */
    private static List<String> names(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(e.name());
        for (String a : e.aliases()) if (!a.isEmpty() && Character.isUpperCase(a.charAt(0))) out.add(a);
        return out;
    }

    /** A person is never a country ("Jordan"), and a river or region is nothing but possibly a country. */
    private static boolean fits(String type, String kind) {
        return switch (type) {
            case "PERSON" -> !kind.equals("country");
            case "LOCATION" -> kind.equals("country");
            default -> true;
        };
    }

    private static Entity withCurated(Entity e, ActorRegistry.Actor a, String code) {
        // An acronym is what the article used, not the name: "ISIS" alone becomes "Islamic State".
        String name = EntityFinder.isAcronym(e.name()) ? a.name() : e.name();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(name.toLowerCase(Locale.ROOT));
        List<String> aliases = new ArrayList<>();
        List<String> all = new ArrayList<>(e.aliases());
        all.add(e.name());
        all.add(a.name());
        all.addAll(a.aliases());
        for (String s : all) if (seen.add(s.toLowerCase(Locale.ROOT))) aliases.add(s);
        return withCode(e, name, aliases, code);
    }

    private static Entity withCode(Entity e, String name, List<String> aliases, String code) {
        return new Entity(e.id(), e.type(), name, aliases, e.titles(), code, e.note(), e.mentions());
    }

    /** The gap is one of the titles, after at most two other words ("'s new President", "junior foreign minister"). */
    private static boolean endsWithTitle(String gap, List<String> titles) {
        String g = gap.strip().replaceFirst("^['’]s\\s*", "").toLowerCase(Locale.ROOT);
        for (String t : titles) {
            String title = t.toLowerCase(Locale.ROOT);
            if (!g.endsWith(title)) continue;
            String before = g.substring(0, g.length() - title.length()).strip();
            if (before.isEmpty() || before.split("\\s+").length <= 2) return true;
        }
        return false;
    }

    /** Country + sectors, or null when no country is found (a bare sector is no actor). */
    String compose(Entity e) {
        List<String> texts = new ArrayList<>();
        boolean person = e.type().equals("PERSON");
        if (!person) texts.add(e.name()); // a person's own name says nothing of their country ("Jordan Peterson")
        texts.addAll(e.titles());
        if (e.note() != null) {
            Matcher m = NOTE_COUNTRY.matcher(e.note());
            while (m.find()) texts.add(m.group(1));
        }
        String country = null;
        for (String t : texts) if ((country = country(words(t))) != null) break;
        if (country == null) return null;
        if (e.type().equals("GPE") || e.type().equals("LOCATION") || e.type().equals("NORP")) return country;
        return country + sectors(e, !person);
    }

    /** The sector letters of the entity's titles (and name): at most two sectors, in reading order. */
    private String sectors(Entity e, boolean withName) {
        List<String> sectorTexts = new ArrayList<>(e.titles());
        if (withName) sectorTexts.add(0, e.name());
        Set<String> sectors = new LinkedHashSet<>();
        for (String t : sectorTexts) sectors(words(t), sectors);
        StringBuilder code = new StringBuilder();
        int n = 0;
        for (String s : sectors) {
            if (n++ == MAX_SECTORS) break;
            code.append(s);
        }
        return code.toString();
    }

    /** The CAMEO country code of the first country, capital or demonym among capitalised words, or null. */
    private String country(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isUpperCase(words.get(i).charAt(0))) continue;
            for (int len = Math.min(MAX_PHRASE, words.size() - i); len >= 1; len--) {
                String phrase = String.join(" ", words.subList(i, i + len));
                for (ActorRegistry.Actor a : registry.find(phrase)) {
                    if (a.kind().equals("country")) return a.codeOn(null);
                }
                Lexicon.Country c = lex.country(phrase);
                if (c == null && len == 1) c = lex.countryOfDemonym(phrase);
                if (c != null) return c.iso3();
            }
        }
        return null;
    }

    /** Adds the sectors of agent phrases, longest phrase first at each word, in reading order. */
    private void sectors(List<String> words, Set<String> into) {
        for (int i = 0; i < words.size(); ) {
            int used = 1;
            for (int len = Math.min(MAX_PHRASE, words.size() - i); len >= 1; len--) {
                String phrase = String.join(" ", words.subList(i, i + len));
                String code = lex.sectorOfGroupNoun(phrase.toLowerCase(Locale.ROOT));
                if (code == null) {
                    String agent = registry.agent(phrase);
                    // "~GOV" is added after the actor's country; "NGO~" replaces the country (not composed here).
                    if (agent != null && agent.startsWith("~")) code = agent.substring(1);
                }
                if (code != null) {
                    for (int k = 0; k + 3 <= code.length(); k += 3) into.add(code.substring(k, k + 3));
                    used = len;
                    break;
                }
            }
            i += used;
        }
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[\\s,;:()\"]+")) {
            w = w.replaceFirst("['’]s$", "");
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }
}
