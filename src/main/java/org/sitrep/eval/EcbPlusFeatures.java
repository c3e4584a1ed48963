package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventMention;
import org.sitrep.cluster.Features;
import org.sitrep.cluster.ReadingFeatures;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;

/**
 * What the clusterers see of an ECB+ document: its text (gold tokens joined by spaces, sentences by newlines) read by
 * sitrep's annotator, turned into document features and into one {@link EventMention} per gold event mention. Only
 * the gold mention spans and document boundaries come from the annotation; lemmas, names, numbers and dates are
 * sitrep's own.
 */
final class EcbPlusFeatures {

    record Read(EcbPlusReader.Doc doc, DocumentFeatures features, List<EventMention> events) {}

    private EcbPlusFeatures() {}

    /** Annotates the documents in parallel (the annotator is thread-safe); the result is in the input order. */
    static List<Read> read(List<EcbPlusReader.Doc> docs, Annotator annotator) { return read(docs, annotator, false); }

    /**
     * @param fromReading build the document features as the store does, from a full {@link Reading} of the text
     *                    ({@link ReadingFeatures}), instead of from the annotator's lemmas ({@link Features})
     */
    static List<Read> read(List<EcbPlusReader.Doc> docs, Annotator annotator, boolean fromReading) {
        Given given = new Given();
        Analyzer analyzer = fromReading ? new Analyzer(given) : null; // the rest of the pipeline on the annotation made here
        return docs.parallelStream().map(d -> read(d, annotator, analyzer, given)).toList();
    }

    static Read read(EcbPlusReader.Doc doc, Annotator annotator) { return read(doc, annotator, null, null); }

    /** Hands the analyzer the annotation this thread already made, so each document is annotated once. */
    private static final class Given implements Annotator {
        private final ThreadLocal<Annotated> current = new ThreadLocal<>();

        @Override
        public Annotated annotate(String text, java.time.LocalDate reference) {
            Annotated a = current.get();
            if (a == null || !a.text().equals(text)) throw new IllegalStateException("no annotation given for this text");
            return a;
        }
    }

    private static Read read(EcbPlusReader.Doc doc, Annotator annotator, Analyzer analyzer, Given given) {
        StringBuilder text = new StringBuilder();
        Map<Integer, Integer> startOf = new HashMap<>();
        int sentence = Integer.MIN_VALUE;
        for (EcbPlusReader.Token t : doc.tokens()) {
            if (!doc.isText(t)) continue;
            if (!text.isEmpty()) text.append(t.sentence() != sentence ? "\n" : " ");
            sentence = t.sentence();
            startOf.put(t.id(), text.length());
            text.append(t.word());
        }
        Annotated annotated = annotator.annotate(text.toString(), null);
        Map<Integer, Token> tokenOf = new HashMap<>();
        startOf.forEach((id, start) -> {
            Token t = covering(annotated, start);
            if (t != null) tokenOf.put(id, t);
        });
        Map<Integer, List<Integer>> idsOfSentence = new HashMap<>();
        for (EcbPlusReader.Token t : doc.tokens()) idsOfSentence.computeIfAbsent(t.sentence(), s -> new ArrayList<>()).add(t.id());
        Map<Integer, Integer> sentenceOf = new HashMap<>();
        doc.tokens().forEach(t -> sentenceOf.put(t.id(), t.sentence()));

        List<EventMention> events = new ArrayList<>();
        for (EcbPlusReader.Mention m : doc.mentions()) {
            if (!m.isEvent()) continue;
            List<Token> own = m.tokens().stream().map(tokenOf::get).filter(t -> t != null).distinct().toList();
            String trigger = own.isEmpty() ? firstWord(doc, m) : trigger(own);
            Set<Token> sentenceTokens = new LinkedHashSet<>();
            for (int id : idsOfSentence.get(sentenceOf.get(m.tokens().get(0)))) if (tokenOf.containsKey(id)) sentenceTokens.add(tokenOf.get(id));
            List<Token> around = List.copyOf(sentenceTokens);
            Set<String> context = new HashSet<>();
            for (Token t : around) {
                String l = Features.contentLemma(t);
                if (l != null && !own.contains(t) && !l.equals(trigger)) context.add(l);
            }
            Set<String> arguments = new HashSet<>(Features.names(around));
            for (Token t : around) if (t.isNumber()) arguments.add(t.word().toLowerCase(Locale.ROOT));
            if (!around.isEmpty()) {
                int from = around.get(0).start(), to = around.get(around.size() - 1).end();
                for (TimeExpression x : annotated.times()) if (x.start() >= from && x.end() <= to && x.value() != null) arguments.add("t:" + x.value());
            }
            events.add(new EventMention(m.id(), doc.name(), trigger, arguments, context));
        }
        if (analyzer == null) return new Read(doc, Features.of(doc.name(), null, annotated), events);
        given.current.set(annotated);
        try {
            Article article = new Article(doc.name(), doc.name(), "txt", null, null, null, null, null, null, "en", text.toString(), List.of());
            return new Read(doc, ReadingFeatures.of(doc.name(), null, analyzer.analyze(article)), events);
        } finally {
            given.current.remove();
        }
    }

    /**
     * The lemma that names the event: the first verb of a multi-word trigger ("took place", "checked into"),
     * else its last noun ("6.1 magnitude earthquake"), else its last word.
     */
    static String trigger(List<Token> tokens) {
        Token head = tokens.get(tokens.size() - 1);
        for (Token t : tokens) if (t.pos() != null && t.pos().startsWith("VB")) return lemma(t);
        for (Token t : tokens) if (t.pos() != null && t.pos().startsWith("NN")) head = t;
        return lemma(head);
    }

    private static String lemma(Token t) { return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT); }

    private static String firstWord(EcbPlusReader.Doc doc, EcbPlusReader.Mention m) {
        int id = m.tokens().get(0);
        return doc.tokens().stream().filter(t -> t.id() == id).map(t -> t.word().toLowerCase(Locale.ROOT)).findFirst().orElse("");
    }

    /** The annotator's token that covers character {@code offset} (tokenisations differ: "U.S." vs "U.S" "."). */
    private static Token covering(Annotated a, int offset) {
        int i = a.firstTokenAtOrAfter(offset);
        if (i < a.tokens().size() && a.tokens().get(i).start() == offset) return a.tokens().get(i);
        if (i > 0 && a.tokens().get(i - 1).end() > offset) return a.tokens().get(i - 1);
        return i < a.tokens().size() ? a.tokens().get(i) : null;
    }
}
