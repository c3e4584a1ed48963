package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Reading;

/**
 * CASE 2021 Task 2 (fine-grained event classes of ACLED plus unseen ones) scored through sitrep's events: a snippet's
 * class is the class of its first event that maps cleanly onto the task's classes ({@link #caseClass}); a snippet
 * without such an event is predicted as no class and counts as wrong. sitrep is not trained on the task: this
 * measures how far its PLOVER/CAMEO coding carries over.
 */
public final class CaseEvents {

    /** One labelled snippet. */
    public record Snippet(String id, String text, String label) {}

    public record Row(Snippet snippet, String predicted) {}

    /** The task classes {@link #caseClass} can produce. */
    public static final Set<String> MAPPED = Set.of("SUIC_BOMB", "REM_EXPLOS", "AIR_STRIKE", "ART_MISS_ATTACK", "ABDUCT_DISSAP", "SEX_VIOL",
            "ARMED_CLASH", "CHEM_WEAP", "ATTACK", "PROPERTY_DISTRUCT", "VIOL_DEMONSTR", "PEACE_PROTEST", "ARREST", "AGREEMENT");

    private CaseEvents() {}

    public static List<Snippet> read(Path tsv) throws IOException {
        List<Snippet> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].equals("id")) continue;
            out.add(new Snippet(f[0], f[1], f[2].strip()));
        }
        return out;
    }

    public static List<Row> run(List<Snippet> snippets, Function<Article, Reading> analyzer) {
        List<Row> rows = new ArrayList<>();
        for (Snippet s : snippets) {
            Article a = new Article(ContentHash.of(null, s.text()), "case-" + s.id(), "txt", null, null, null, null, null, null, "en", s.text(), List.of());
            Reading r = analyzer.apply(a);
            String predicted = r.events().stream().sorted(Comparator.comparingInt(e -> e.trigger().start())).map(CaseEvents::caseClass)
                    .filter(c -> c != null).findFirst().orElse(EventScoring.NONE);
            rows.add(new Row(s, predicted));
        }
        return rows;
    }

    /**
     * The task class of an event where CAMEO says it unambiguously: suicide bombing 1831, car and roadside bombs
     * 1832/1833 (remote explosives), aerial weapons 195, artillery 194, abduction 181/184, sexual assault 1821, small
     * arms and conventional force 190/193 (armed clash), WMD 204x (chemical), other assault 18x/20x (attack), property
     * destruction 1712, riots 145 (violent demonstration), demonstrations 140-144 (peaceful protest), arrest 173,
     * signed agreement 057. Anything else has no clean class: null.
     */
    static String caseClass(Event e) {
        String c = e.cameo() == null ? "" : e.cameo();
        if (c.equals("1831")) return "SUIC_BOMB";
        if (c.equals("1832") || c.equals("1833")) return "REM_EXPLOS";
        if (c.equals("195")) return "AIR_STRIKE";
        if (c.equals("194")) return "ART_MISS_ATTACK";
        if (c.equals("181") || c.equals("184")) return "ABDUCT_DISSAP";
        if (c.equals("1821")) return "SEX_VIOL";
        if (c.equals("190") || c.equals("193")) return "ARMED_CLASH";
        if (c.startsWith("204")) return "CHEM_WEAP";
        if (c.equals("1712")) return "PROPERTY_DISTRUCT";
        if (c.startsWith("18") || c.startsWith("20")) return "ATTACK";
        if (c.startsWith("145")) return "VIOL_DEMONSTR";
        if (c.startsWith("14")) return "PEACE_PROTEST";
        if (c.equals("173")) return "ARREST";
        if (c.equals("057")) return "AGREEMENT";
        return null;
    }
}
