package org.sitrep.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotated;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/**
 * Groups corrected mentions ({@link MentionFinder}) into entities: one person however the article names them
 * ("Lt. Gen. Saad al-Allaq", "Allaq"), one organisation with its acronym ("Islamic State", "ISIS") and its
 * anaphoric "the group", one country for its names and its capital used as metonymy ("US", "Washington").
 */
public final class EntityFinder {

    private static final Pattern GROUP_ANAPHOR = Pattern.compile("\\b[Tt]he (?:(?:militant|terror|terrorist|jihadist|extremist|armed) )?(?:group|organization|organisation)\\b");

    private final Lexicon lex;
    private final MentionFinder mentions;

    public EntityFinder() { this(Lexicon.standard()); }

    public EntityFinder(Lexicon lex) {
        this.lex = lex;
        this.mentions = new MentionFinder(lex);
    }

    public List<Entity> find(Article article, Annotated annotated) {
        int skip = article.dateline() == null ? 0 : article.dateline().end();
        List<Candidate> found = mentions.find(annotated, skip);
        List<Group> groups = group(annotated, found);
        anaphora(annotated, groups, skip);
        groups.sort(Comparator.comparingInt(g -> g.mentions.get(0).start()));
        List<Entity> out = new ArrayList<>(groups.size());
        for (Group g : groups) out.add(g.toEntity("e" + (out.size() + 1)));
        return out;
    }

    /** The mentions of one entity as they accumulate. */
    private static final class Group {
        final List<Candidate> members = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> extraAliases = new LinkedHashSet<>();
        String type;
        String canonical;

        Group(Candidate c, int sentence) { add(c, sentence); type = c.type(); canonical = c.canonical(); }

        void add(Candidate c, int sentence) {
            members.add(c);
            mentions.add(new Mention(c.text(), c.start(), c.stop(), sentence));
        }

        String name() {
            if (canonical != null && !type.equals("NORP")) return canonical;
            return members.stream().map(Candidate::text).filter(t -> !isAcronym(t))
                    .max(Comparator.comparingInt(String::length)).orElse(members.get(0).text());
        }

        Entity toEntity(String id) {
            String name = name();
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> titles = new LinkedHashSet<>();
            String note = null;
            for (Candidate c : members) {
                aliases.add(c.text());
                if (c.titled() != null) aliases.add(c.titled());
                titles.addAll(c.titles());
                if (note == null) note = c.note();
            }
            aliases.addAll(extraAliases);
            aliases.removeIf(a -> a.equalsIgnoreCase(name));
            mentions.sort(Comparator.comparingInt(Mention::start));
            return new Entity(id, type, name, List.copyOf(aliases), List.copyOf(titles), null, note, mentions);
        }
    }

    private List<Group> group(Annotated a, List<Candidate> found) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new LinkedHashMap<>();
        // Longer names first, so that "Allaq" finds "Saad al-Allaq" and "ISIS" finds "Islamic State".
        List<Candidate> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt((Candidate c) -> -(c.end() - c.first())).thenComparingInt(Candidate::first));
        Map<String, String> acronymOf = acronymLinks(a, found);
        for (Candidate c : ordered) {
            int sentence = a.tokens().get(c.first()).sentence();
            String key = key(c);
            Group g = byKey.get(key);
            if (g == null && acronymOf.containsKey(key)) g = byKey.get(acronymOf.get(key));
            if (g == null && c.type().equals("PERSON")) g = partialName(c, groups);
            if (g == null && c.type().equals("ORGANIZATION") && isAcronym(c.text())) g = initialsOf(c.text(), groups);
            if (g == null) {
                g = new Group(c, sentence);
                groups.add(g);
                byKey.put(key, g);
                String first = c.text().split(" ")[0];
                if (c.type().equals("ORGANIZATION") && c.text().contains(" ") && isAcronym(first) && lex.country(first) == null) {
                    g.extraAliases.add(first); // "NRT Digital Media" is also "NRT"
                    byKey.putIfAbsent(first.toLowerCase(Locale.ROOT), g);
                }
            } else {
                g.add(c, sentence);
                byKey.putIfAbsent(key, g);
                if (rank(c.type()) > rank(g.type)) g.type = c.type();
            }
        }
        return groups;
    }

    private static String key(Candidate c) {
        if (c.canonical() != null) return c.type() + ":" + c.canonical().toLowerCase(Locale.ROOT);
        return Lexicon.key(c.text()).replaceFirst("['’]s$", "");
    }

    private static int rank(String type) {
        return switch (type) {
            case "PERSON", "GPE" -> 3;
            case "ORGANIZATION" -> 2;
            case "LOCATION", "NORP" -> 1;
            default -> 0;
        };
    }

    /** "Islamic State (ISIS)": the acronym's key points at the name's key. */
    private static Map<String, String> acronymLinks(Annotated a, List<Candidate> found) {
        Map<String, String> links = new LinkedHashMap<>();
        for (int i = 0; i + 1 < found.size(); i++) {
            Candidate name = found.get(i), acr = found.get(i + 1);
            if (isAcronym(acr.text()) && acr.first() == name.end() + 1 && a.tokens().get(name.end()).word().equals("(")
                    && !isAcronym(name.text())) {
                links.putIfAbsent(key(acr), key(name));
            }
        }
        return links;
    }

    /** "Allaq" or "al-Allaq" is the same person as "Saad al-Allaq" when it ends (or starts) their name. */
    private static Group partialName(Candidate c, List<Group> groups) {
        List<String> parts = nameParts(c.text());
        for (Group g : groups) {
            if (!g.type.equals("PERSON")) continue;
            for (Candidate m : g.members) {
                List<String> full = nameParts(m.text());
                if (full.size() <= parts.size()) continue;
                if (full.subList(full.size() - parts.size(), full.size()).equals(parts) || full.subList(0, parts.size()).equals(parts)) return g;
            }
        }
        return null;
    }

    private static List<String> nameParts(String name) {
        List<String> out = new ArrayList<>();
        for (String p : name.toLowerCase(Locale.ROOT).split("[\\s]+")) out.add(p.replaceFirst("^(al|el|ad|as|ash|ar)-", ""));
        return out;
    }

    /** "SDF" is the organisation whose capitalised words start with S, D, F. */
    private static Group initialsOf(String acronym, List<Group> groups) {
        for (Group g : groups) {
            if (!g.type.equals("ORGANIZATION")) continue;
            for (Candidate m : g.members) {
                StringBuilder initials = new StringBuilder();
                for (String w : m.text().split("[\\s-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
                if (initials.length() >= 2 && initials.toString().equals(acronym)) return g;
            }
        }
        return null;
    }

    static boolean isAcronym(String s) { return s.length() >= 2 && s.length() <= 10 && s.matches("[A-Z][A-Z0-9&.]*[A-Z0-9]"); }

    /** "the group" / "the organization": the most-mentioned non-media organisation named before it. */
    private void anaphora(Annotated a, List<Group> groups, int skip) {
        Matcher m = GROUP_ANAPHOR.matcher(a.text());
        while (m.find()) {
            if (m.start() < skip) continue;
            int at = m.start();
            Group best = null;
            long bestCount = 0;
            for (Group g : groups) {
                if (!g.type.equals("ORGANIZATION") || lex.isMedia(g.name()) || g.members.get(0).note() != null) continue;
                long before = g.mentions.stream().filter(x -> x.start() < at).count();
                if (before > bestCount) { best = g; bestCount = before; }
            }
            if (best == null) continue;
            int sentence = a.tokens().get(Math.min(a.firstTokenAtOrAfter(at), a.tokens().size() - 1)).sentence();
            best.mentions.add(new Mention(m.group(), m.start(), m.end(), sentence));
            best.extraAliases.add(m.group().toLowerCase(Locale.ROOT));
        }
    }
}
