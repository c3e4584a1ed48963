package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.events.EventLexicon;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Reading;

/**
 * Scores sitrep's first event of each valid PETRARCH unit-test record against its gold codings. A record may code
 * several events (compound actors, both directions of a meeting); sitrep's first event is right when it equals any of
 * them, since the order of PETRARCH's codings says nothing about which event comes first. A no-event record is right
 * when sitrep codes nothing. Actors are compared with the codings of sitrep's CAMEO root when there are such, else
 * with all of them ({@link PetrarchActors}).
 */
public final class PetrarchScoring {

    /**
     * One scored record.
     *
     * @param goldPlover the gold codings' PLOVER types (sitrep's CAMEO→PLOVER table), "(none)" for a no-event record;
     *                   empty when a gold code has no PLOVER type, so the record has no PLOVER score
     * @param sourceHit  null when no gold coding names a source; else whether sitrep's source is one of them
     */
    public record Row(PetrarchRecords.Record record, Event event, boolean rootRight, boolean codeRight, Set<String> goldPlover,
                      Boolean sourceHit, Boolean targetHit) {
        public Row {
            goldPlover = Set.copyOf(goldPlover);
        }

        public String predictedPlover() { return event == null ? EventScoring.NONE : event.plover(); }

        public boolean ploverRight() { return goldPlover.contains(predictedPlover()); }

        public String predictedCode() { return event == null ? EventScoring.NONE : event.cameo() == null ? "-" : event.cameo(); }
    }

    public record Result(List<Row> rows, List<PetrarchRecords.Record> skipped, double seconds) {}

    private PetrarchScoring() {}

    public static Result run(List<PetrarchRecords.Record> records, PetrarchActors actors, Function<Article, Reading> analyzer, boolean dated) {
        long t0 = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        List<PetrarchRecords.Record> skipped = new ArrayList<>();
        for (PetrarchRecords.Record r : records) {
            if (r.skip() != null) {
                skipped.add(r);
                continue;
            }
            Article article = new Article(ContentHash.of(null, r.text()), "petr-" + r.id(), "txt", null, null, null, null, null,
                    dated ? r.date() : null, "en", r.text(), List.of());
            Event first = analyzer.apply(article).events().stream().min(Comparator.comparingInt(e -> e.trigger().start())).orElse(null);
            rows.add(score(r, first, actors, code -> EventLexicon.standard().plover(code).map(EventLexicon.Plover::type)));
        }
        return new Result(rows, skipped, (System.nanoTime() - t0) / 1e9);
    }

    /** @param plover CAMEO code → PLOVER type, empty where the table has none */
    static Row score(PetrarchRecords.Record r, Event e, PetrarchActors actors, Function<String, Optional<String>> plover) {
        Set<String> goldPlover = new LinkedHashSet<>();
        if (r.noEvent()) goldPlover.add(EventScoring.NONE);
        for (PetrarchRecords.Coding c : r.codings()) {
            Optional<String> t = plover.apply(c.code());
            if (t.isEmpty()) {
                goldPlover.clear();
                break;
            }
            goldPlover.add(t.get());
        }
        if (r.noEvent()) return new Row(r, e, e == null, e == null, goldPlover, null, null);
        String code = e == null ? null : e.cameo();
        boolean rootRight = code != null && code.length() >= 2 && r.codings().stream().anyMatch(c -> c.root().equals(code.substring(0, 2)));
        boolean codeRight = code != null && r.codings().stream().anyMatch(c -> c.code().equals(code));
        List<PetrarchRecords.Coding> same = rootRight ? r.codings().stream().filter(c -> c.root().equals(code.substring(0, 2))).toList() : r.codings();
        return new Row(r, e, rootRight, codeRight, goldPlover, hit(r, same, actors, true, e), hit(r, same, actors, false, e));
    }

    private static Boolean hit(PetrarchRecords.Record r, List<PetrarchRecords.Coding> codings, PetrarchActors actors, boolean source, Event e) {
        Boolean any = null;
        for (PetrarchRecords.Coding c : codings) {
            Event.Argument a = e == null ? null : source ? e.source() : e.target();
            Boolean h = actors.hit(r.text(), source ? c.source() : c.target(), a);
            if (h == null) continue;
            if (h) return true;
            any = false;
        }
        return any;
    }
}
