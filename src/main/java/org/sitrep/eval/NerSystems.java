package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.PlainCoreNlp;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.pipeline.Analyzer;

/** The NER systems an evaluation compares, each reduced to character-span mentions typed PER/LOC/ORG/MISC. */
final class NerSystems {

    /** sitrep's entity types onto CoNLL's four: documented in {@code eval ner --help} and EVALUATION.md. */
    static final Map<String, String> SITREP_TO_CONLL = Map.of(
            "PERSON", "PER", "ORGANIZATION", "ORG", "GPE", "LOC", "LOCATION", "LOC", "NORP", "MISC", "MISC", "MISC");

    /** CoreNLP's fine-grained default types onto CoNLL's four; the rest (TITLE, DATE, NUMBER, CAUSE_OF_DEATH …) are ignored. */
    static final Map<String, String> CORENLP_TO_CONLL = Map.ofEntries(
            Map.entry("PERSON", "PER"), Map.entry("ORGANIZATION", "ORG"),
            Map.entry("COUNTRY", "LOC"), Map.entry("CITY", "LOC"), Map.entry("STATE_OR_PROVINCE", "LOC"), Map.entry("LOCATION", "LOC"),
            Map.entry("NATIONALITY", "MISC"), Map.entry("RELIGION", "MISC"), Map.entry("IDEOLOGY", "MISC"), Map.entry("MISC", "MISC"));

    /** A system under test. */
    interface NerSystem {
        String name();

        List<Spans.Item> mentions(String id, String text);
    }

    private NerSystems() {}

    static NerSystem sitrep(Analyzer analyzer) {
        return new NerSystem() {
            public String name() { return "sitrep"; }

            public List<Spans.Item> mentions(String id, String text) {
                // Built directly, not through ingest: the benchmark text has no dateline or furniture to find.
                Article a = new Article(id, id, "txt", null, null, null, null, null, null, "en", text, List.of());
                List<Spans.Item> out = new ArrayList<>();
                for (Entity e : analyzer.analyze(a).entities()) {
                    String type = SITREP_TO_CONLL.get(e.type());
                    if (type == null) continue;
                    for (Mention m : e.mentions()) out.add(new Spans.Item(m.start(), m.end(), type));
                }
                return out;
            }
        };
    }

    static NerSystem plainCoreNlp(PlainCoreNlp plain) {
        return new NerSystem() {
            public String name() { return "corenlp-default"; }

            public List<Spans.Item> mentions(String id, String text) {
                List<Spans.Item> out = new ArrayList<>();
                for (PlainCoreNlp.Mention m : plain.annotate(text, null).mentions()) {
                    String type = CORENLP_TO_CONLL.get(m.type());
                    if (type != null) out.add(new Spans.Item(m.start(), m.end(), type));
                }
                return out;
            }
        };
    }
}
