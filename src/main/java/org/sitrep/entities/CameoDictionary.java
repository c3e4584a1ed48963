package org.sitrep.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TABARI/PETRARCH plain-text dictionaries (Open Event Data Alliance, MIT): actor records (a head phrase,
 * {@code +synonym} lines, tab-indented {@code [CODE restriction]} lines) and agent records
 * ({@code PHRASE {plural} [~CODE]} with {@code !MARKER!} substitution sets). Used by the build tool that derives
 * sitrep's registry; the product itself reads the derived table, never these files.
 */
public final class CameoDictionary {

    private static final Pattern CODE = Pattern.compile("\\[([^\\]}\\s]+)\\s*([^\\]}]*)[\\]}]");
    private static final Pattern AGENT = Pattern.compile("^(.+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[([^\\]}]+)[\\]}]");

    private CameoDictionary() {}

    /** Actor records in file order; an entry without any code is kept (it may still be referenced by name). */
    public static List<ActorRegistry.Actor> readActors(Reader in, String kind) throws IOException {
        List<ActorRegistry.Actor> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String head = null;
        List<String> synonyms = new ArrayList<>();
        List<ActorRegistry.Role> roles = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            String body = stripComment(line);
            if (body.isBlank()) continue;
            String t = body.strip();
            if (t.startsWith("[")) {
                if (head != null) addCode(t, roles);
            } else if (t.startsWith("+")) {
                if (head == null) continue;
                // A few lines carry two synonyms ("+TAIOAN_ +TAWIAN_"); phrases themselves may contain blanks.
                for (String s : t.substring(1).split("\\s+\\+")) if (!phrase(s).isEmpty()) synonyms.add(phrase(s));
            } else if (Character.isWhitespace(body.charAt(0)) && head != null) {
                continue; // stray indented text that is neither a code nor a synonym
            } else {
                if (head != null) out.add(new ActorRegistry.Actor(head, synonyms, roles, kind));
                int bracket = t.indexOf('[');
                head = phrase(bracket < 0 ? t : t.substring(0, bracket));
                synonyms = new ArrayList<>();
                roles = new ArrayList<>();
                if (bracket >= 0) addCode(t.substring(bracket), roles);
                if (head.isEmpty()) head = null;
            }
        }
        if (head != null) out.add(new ActorRegistry.Actor(head, synonyms, roles, kind));
        return out;
    }

    /** Agent phrases (every singular, plural and substituted form, readable) with their codes ("~GOV", "NGO~"). */
    public static Map<String, String> readAgents(Reader in) throws IOException {
        Map<String, List<String>> markers = new LinkedHashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        while ((line = r.readLine()) != null) {
            String t = stripComment(line).strip();
            if (t.isEmpty() || t.startsWith("<!--")) continue;
            if (t.startsWith("!") && t.contains("=")) {
                int eq = t.indexOf('=');
                List<String> items = new ArrayList<>();
                for (String s : t.substring(eq + 1).split(",")) if (!s.isBlank()) items.add(s.strip());
                markers.put(t.substring(0, eq).strip(), items);
                continue;
            }
            Matcher m = AGENT.matcher(t);
            if (!m.find()) continue;
            String code = m.group(3).strip();
            String root = m.group(1).strip();
            String plural = m.group(2);
            List<String> forms = new ArrayList<>();
            if (root.contains("!")) {
                forms.addAll(substitute(root, markers)); // substituted forms get no extra plural
            } else {
                forms.add(root);
                if (plural == null) forms.add(plural(root));
                else if (!plural.isBlank()) forms.add(plural.strip());
            }
            for (String f : forms) {
                String p = phrase(f);
                if (!p.isEmpty()) out.putIfAbsent(p, code);
            }
        }
        return out;
    }

    private static List<String> substitute(String root, Map<String, List<String>> markers) {
        List<String> out = new ArrayList<>(List.of(root));
        for (Map.Entry<String, List<String>> e : markers.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String s : out) {
                if (!s.contains(e.getKey())) { next.add(s); continue; }
                for (String item : e.getValue()) next.add(s.replace(e.getKey(), item));
            }
            out = next;
        }
        out.removeIf(s -> s.contains("!"));
        return out;
    }

    /** TABARI's regular plurals: +S, Y → IES, SS → SSES. */
    static String plural(String root) {
        String u = root.endsWith("_") ? root.substring(0, root.length() - 1) : root;
        if (u.endsWith("SS")) return u + "ES";
        if (u.endsWith("Y") && u.length() > 1 && "AEIOU".indexOf(u.charAt(u.length() - 2)) < 0) return u.substring(0, u.length() - 1) + "IES";
        return u + "S";
    }

    private static void addCode(String text, List<ActorRegistry.Role> roles) {
        Matcher m = CODE.matcher(text);
        if (!m.find()) return;
        String code = m.group(1).strip();
        String restriction = m.group(2).replaceAll("\\s+", "");
        LocalDate from = null, to = null;
        try {
            if (restriction.startsWith("<")) {
                to = date(restriction.substring(1));
            } else if (restriction.startsWith(">")) {
                from = date(restriction.substring(1));
            } else if (restriction.contains("-")) {
                String[] p = restriction.split("-", 2);
                from = date(p[0]);
                to = date(p[1]);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            return; // an unreadable restriction would otherwise turn a dated role into a default one
        }
        roles.add(new ActorRegistry.Role(code, from, to));
    }

    /** YYYYMMDD or YYMMDD; two-digit years below 30 are 20xx (the dictionaries date from 2012-2014). */
    static LocalDate date(String s) {
        if (!s.matches("\\d{6}|\\d{8}")) throw new IllegalArgumentException("not a dictionary date: " + s);
        int year, at;
        if (s.length() == 8) { year = Integer.parseInt(s.substring(0, 4)); at = 4; }
        else { int yy = Integer.parseInt(s.substring(0, 2)); year = yy < 30 ? 2000 + yy : 1900 + yy; at = 2; }
        int month = Math.max(1, Integer.parseInt(s.substring(at, at + 2)));
        int day = Math.max(1, Integer.parseInt(s.substring(at + 2, at + 4)));
        return LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth()));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        String s = hash < 0 ? line : line.substring(0, hash);
        int semi = s.indexOf(" ;");
        return semi < 0 ? s : s.substring(0, semi);
    }

    /** "ISLAMIC_STATE_OF_IRAQ_" → "ISLAMIC STATE OF IRAQ". */
    static String phrase(String raw) {
        return raw.replace('_', ' ').replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
    }
}
