package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Event;

/**
 * Whether sitrep's actor is a PETRARCH unit test's gold actor. The tests code made-up states (Arnor "ARN", Gondor "GON")
 * that no real actor dictionary knows, so a code comparison alone would score the records' fiction, not sitrep's
 * argument choice: an argument also matches when it covers a name the validation dictionaries
 * (PETR.Validate.actors.txt, PETR.Validate.agents.txt beside the records) give the gold root, or, for an unnamed actor
 * ("---GOV"), an agent noun with the gold agent code.
 */
public final class PetrarchActors {

    /** A dictionary name as it can appear in a sentence, and the codes it stands for. */
    record Name(Pattern pattern, List<String> codes) {}

    private final List<Name> actors;
    private final List<Name> agents;

    PetrarchActors(List<Name> actors, List<Name> agents) {
        this.actors = List.copyOf(actors);
        this.agents = List.copyOf(agents);
    }

    static final PetrarchActors NONE = new PetrarchActors(List.of(), List.of());

    /** The validation dictionaries next to {@code records}, or none when they are absent (codes alone then decide). */
    public static PetrarchActors beside(Path records) throws IOException {
        Path dir = records.toAbsolutePath().getParent();
        Path actors = dir.resolve("PETR.Validate.actors.txt"), agents = dir.resolve("PETR.Validate.agents.txt");
        return new PetrarchActors(Files.isRegularFile(actors) ? actors(Files.readAllLines(actors, StandardCharsets.UTF_8)) : List.of(),
                Files.isRegularFile(agents) ? agents(Files.readAllLines(agents, StandardCharsets.UTF_8)) : List.of());
    }

    /**
     * TABARI actor format: "NAME [CODE]" or "NAME" with "[CODE]" lines below (date-restricted codes keep their code),
     * "+SYNONYM" lines for the same actor, "A/B" codes for several actors; '_' joins words, a trailing '_' makes the
     * name exact (otherwise it is a stem: "ARGENTIN" covers "Argentina").
     */
    static List<Name> actors(List<String> lines) {
        List<Name> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        boolean comment = false;
        for (String raw : lines) {
            if (comment || raw.contains("<!--")) {
                comment = !raw.contains("-->");
                continue;
            }
            String line = raw.replaceAll("#.*", "").stripTrailing();
            if (line.isBlank()) continue;
            String code = bracket(line);
            String head = line.replaceAll("\\[.*", "").strip();
            if (head.startsWith("+")) names.add(head.substring(1));
            else if (!head.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                flush(out, names, codes);
                names.add(head);
            }
            if (code != null) for (String c : code.split("/")) codes.add(c.strip());
        }
        flush(out, names, codes);
        return out;
    }

    /** TABARI agent format: "PHRASE {PLURALS} [~CODE]" (the code after '~' is added to a country); substitution lines skipped. */
    static List<Name> agents(List<String> lines) {
        List<Name> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.replaceAll("#.*", "").strip();
            String code = bracket(line);
            if (code == null || line.startsWith("<") || line.contains("!")) continue;
            String phrase = line.replaceAll("[{\\[].*", "").strip();
            if (phrase.isEmpty()) continue;
            List<String> forms = new ArrayList<>(List.of(phrase));
            Matcher plurals = Pattern.compile("\\{([^}]*)}").matcher(line);
            if (plurals.find() && !plurals.group(1).isBlank()) forms.addAll(List.of(plurals.group(1).strip().split("\\s+")));
            for (String f : forms) out.add(new Name(pattern(f, true), List.of(code.replace("~", "").strip())));
        }
        return out;
    }

    private static void flush(List<Name> out, List<String> names, List<String> codes) {
        List<String> real = codes.stream().map(c -> c.split("\\s")[0]).filter(c -> c.length() >= 3 && !c.startsWith("---") && !c.startsWith("+++"))
                .map(c -> c.toUpperCase(Locale.ROOT)).toList();
        if (!real.isEmpty()) for (String n : names) out.add(new Name(pattern(n, false), real));
        names.clear();
        codes.clear();
    }

    private static String bracket(String line) {
        Matcher m = Pattern.compile("\\[([^]]*)]").matcher(line);
        return m.find() ? m.group(1).strip() : null;
    }

    /** @param plural whether an "s" may follow (agent nouns: "officials") */
    private static Pattern pattern(String name, boolean plural) {
        boolean exact = name.endsWith("_");
        String words = name.replaceAll("_+$", "").replace('_', ' ').strip();
        String tail = exact ? "\\b" : plural ? "(?:s|es)?\\b" : "\\w*";
        return Pattern.compile("(?i)(?<!\\w)" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q") + tail);
    }

    /**
     * Whether sitrep's argument is the gold actor; null when the gold actor is unknown ("---" or empty), so the role
     * is not scored.
     */
    public Boolean hit(String text, String gold, Event.Argument a) {
        if (gold == null || gold.isBlank() || gold.equals("---")) return null;
        if (a == null) return false;
        if (PetrarchRecords.Coding.quoted(gold)) return covers(text, Pattern.compile("(?i)" + Pattern.quote(gold.substring(1, gold.length() - 1))), a);
        String code = a.code() == null ? "" : a.code().toUpperCase(Locale.ROOT);
        String root = gold.substring(0, Math.min(3, gold.length()));
        if (!root.equals("---")) {
            if (code.startsWith(root)) return true;
            for (Name n : actors) if (n.codes().stream().anyMatch(c -> c.startsWith(root)) && covers(text, n.pattern(), a)) return true;
            return false;
        }
        String agent = gold.substring(3); // an unnamed actor: "---GOV" is some government
        if (code.startsWith(agent) || code.length() > 3 && code.substring(3).startsWith(agent)) return true;
        for (Name n : agents) if (n.codes().get(0).startsWith(agent) && covers(text, n.pattern(), a)) return true;
        return false;
    }

    private static boolean covers(String text, Pattern p, Event.Argument a) {
        Matcher m = p.matcher(text);
        while (m.find()) if (a.start() < m.end() && m.start() < a.end()) return true;
        return false;
    }
}
