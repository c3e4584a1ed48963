package org.sitrep.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.zip.GZIPInputStream;

/**
 * Canonical actors with their aliases and CAMEO-style codes: the hand-kept supplement for today's organisations
 * (actors-supplement.tsv) first, then the table derived from the Phoenix/PETRARCH dictionaries (actors.tsv.gz,
 * MIT, Open Event Data Alliance; rebuilt by tools/build-actors.sh), plus the generic agent phrases ("police" →
 * ~COP; plus agents-supplement.tsv) used to compose codes for actors the registry does not know. Loaded once, immutable, thread-safe.
 */
public final class ActorRegistry {

    /** Kinds, in the order a name shared by several entries is resolved. */
    public static final List<String> KINDS = List.of("generic", "curated", "nonstate", "international", "country", "national");

    /** A code valid from/to (inclusive; null = open), or a default code when both are null. */
    public record Role(String code, LocalDate from, LocalDate to) {
        boolean isDefault() { return from == null && to == null; }

        boolean covers(LocalDate d) { return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)); }

        String format() { return isDefault() ? code : code + "@" + (from == null ? "" : from) + ".." + (to == null ? "" : to); }

        /** yyyy-MM-dd without DateTimeFormatter, which dominated load time. */
        private static LocalDate isoDate(String s) {
            if (s.isEmpty()) return null;
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        }

        static Role parse(String s) {
            int at = s.indexOf('@');
            if (at < 0) return new Role(s, null, null);
            String[] range = s.substring(at + 1).split("\\.\\.", -1);
            return new Role(s.substring(0, at), isoDate(range[0]), isoDate(range[1]));
        }
    }

    /**
     * One registry entry.
     *
     * @param kind curated, nonstate, international, country (a country and its places) or national (a person or
     *             institution of a country)
     */
    public record Actor(String name, List<String> aliases, List<Role> roles, String kind) {
        public Actor {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
        }

        /**
         * The code on a date: of the dated roles covering it, the one that began last; else the default code.
         * Without a date, the default code, else the latest-starting role.
         */
        public String codeOn(LocalDate date) {
            Role best = null;
            if (date != null) {
                for (Role r : roles) {
                    if (r.isDefault() || !r.covers(date)) continue;
                    if (best == null || (r.from() != null && (best.from() == null || r.from().isAfter(best.from())))) best = r;
                }
                if (best != null) return best.code();
            }
            for (Role r : roles) if (r.isDefault()) return r.code();
            if (date != null) return null; // every role is dated and none covers the date
            for (Role r : roles) if (best == null || (r.from() != null && (best.from() == null || r.from().isAfter(best.from())))) best = r;
            return best == null ? null : best.code();
        }

        public String toRow() {
            StringBuilder codes = new StringBuilder();
            for (Role r : roles) codes.append(codes.isEmpty() ? "" : "|").append(r.format());
            return kind + "\t" + name + "\t" + codes + "\t" + String.join("|", aliases);
        }

        public static Actor fromRow(String line) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) throw new IllegalArgumentException("actor row needs 4 fields: " + line);
            List<Role> roles = new ArrayList<>();
            for (String c : f[2].split("\\|")) if (!c.isBlank()) roles.add(Role.parse(c.strip()));
            List<String> aliases = f[3].isBlank() ? List.of() : List.of(f[3].split("\\|"));
            return new Actor(f[1], aliases, roles, f[0]);
        }
    }

    private final Map<String, Actor[]> byKey;
    private final Map<String, String> agents;
    private final Map<String, Actor> bySurname;
    private final int size;

    private ActorRegistry(List<Actor> actors, Map<String, String> agentCodes) {
        List<Actor> ordered = new ArrayList<>(actors);
        ordered.sort((a, b) -> KINDS.indexOf(a.kind()) - KINDS.indexOf(b.kind())); // stable: file order within a kind
        Map<String, Actor[]> index = new HashMap<>(actors.size() * 3);
        // "generic" rows name dictionary synonyms too common to link on (TANZIM's +ORGANIZATION_, Congress's +SENATE)
        Set<String> generic = new HashSet<>();
        for (Actor a : ordered) if (a.kind().equals("generic")) generic.add(key(a.name()));
        ordered.removeIf(a -> a.kind().equals("generic"));
        for (Actor a : ordered) {
            index(index, a.name(), a, generic);
            for (String alias : a.aliases()) index(index, alias, a, generic);
        }
        Map<String, String> ag = new HashMap<>();
        agentCodes.forEach((k, v) -> ag.putIfAbsent(key(k), v));
        Map<String, Actor> surnames = new HashMap<>();
        for (Actor a : ordered) {
            if (!a.kind().equals("national")) continue;
            String k = key(a.name());
            int space = k.lastIndexOf(' ');
            if (space < 0) continue;
            // a surname borne by two people is ambiguous: remember it with a null
            surnames.merge(k.substring(space + 1), a, (x, y) -> x == y ? x : NOBODY);
        }
        surnames.values().removeIf(a -> a == NOBODY);
        this.bySurname = Map.copyOf(surnames);
        this.byKey = Map.copyOf(index);
        this.agents = Map.copyOf(ag);
        this.size = ordered.size();
    }

    private static void index(Map<String, Actor[]> index, String name, Actor a, Set<String> generic) {
        String k = key(name);
        if (k.isEmpty() || (generic.contains(k) && !a.kind().equals("curated"))) return;
        Actor[] old = index.get(k);
        if (old == null) { index.put(k, new Actor[] {a}); return; }
        for (Actor o : old) if (o == a) return;
        Actor[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = a;
        index.put(k, grown);
    }

    private static final Actor NOBODY = new Actor("", List.of(), List.of(), "none");

    private static final class Holder {
        static final ActorRegistry STANDARD = loadStandard();
    }

    /** The registry shipped in the jar (loaded on first use). */
    public static ActorRegistry standard() { return Holder.STANDARD; }

    /** A registry over given entries and agent phrases (tests, tools). */
    public static ActorRegistry of(List<Actor> actors, Map<String, String> agents) { return new ActorRegistry(actors, agents); }

    private static ActorRegistry loadStandard() {
        List<Actor> actors = new ArrayList<>();
        for (String line : lines("actors-supplement.tsv", false)) actors.add(Actor.fromRow(line));
        for (String line : lines("actors.tsv.gz", true)) actors.add(Actor.fromRow(line));
        Map<String, String> agents = new HashMap<>();
        for (String resource : List.of("agents.tsv.gz", "agents-supplement.tsv")) {
            for (String line : lines(resource, resource.endsWith(".gz"))) {
                String[] f = line.split("\t");
                agents.putIfAbsent(f[0], f[1]);
            }
        }
        return new ActorRegistry(actors, agents);
    }

    /** Entries known by this name or alias, curated ones first; empty when none. */
    public List<Actor> find(String name) {
        Actor[] found = byKey.get(key(name));
        return found == null ? List.of() : List.of(found);
    }

    /** Every indexed name key with its entries, curated first (for passes that look for known names in text). */
    void forEachName(java.util.function.BiConsumer<String, List<Actor>> action) {
        byKey.forEach((k, v) -> action.accept(k, List.of(v)));
    }

    /** The one dictionary person (or institution) whose name ends with this word, or null when none or several. */
    public Actor bySurname(String surname) { return bySurname.get(key(surname)); }

    /** The agent code of a phrase ("police" → "~COP", "foreign minister" → "~GOVFRM"), or null. */
    public String agent(String phrase) { return agents.get(key(phrase)); }

    public int size() { return size; }

    public int keys() { return byKey.size(); }

    /** Case, underscores, hyphens, dots, apostrophes, parentheticals and a leading "the" do not matter. */
    public static String key(String s) {
        // Hand-rolled: it runs for every name and alias at load time and for every lookup.
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        boolean space = true; // swallows leading and repeated blanks
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') { depth++; continue; }
            if (c == ')') { if (depth > 0) depth--; continue; }
            if (depth > 0 || c == '.' || c == '\'' || c == '\u2019' || c == '`') continue;
            if (c == '_' || c == '-' || Character.isWhitespace(c)) {
                if (!space) { b.append(' '); space = true; }
                continue;
            }
            b.append(Character.toLowerCase(c));
            space = false;
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') b.setLength(end - 1);
        if (b.length() > 4 && b.charAt(0) == 't' && b.charAt(1) == 'h' && b.charAt(2) == 'e' && b.charAt(3) == ' ') return b.substring(4);
        return b.toString();
    }

    private static List<String> lines(String resource, boolean gzip) {
        List<String> out = new ArrayList<>();
        try (InputStream raw = ActorRegistry.class.getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException("missing resource org/sitrep/entities/" + resource);
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) if (!line.isBlank() && !line.startsWith("#")) out.add(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
