package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own quote extraction and attribution (depparse + statistical coref + quote), the baseline the quotes
 * evaluator compares sitrep with in the same run. Heavy (about 1.5 GB and tens of seconds to load); never part of sitrep's
 * pipeline.
 */
public final class CoreNlpQuotes {

    /** A direct quote (content without its marks) and the mention CoreNLP attributes it to, if any (-1 offsets when none). */
    public record Attributed(int start, int end, String speaker, int speakerStart, int speakerEnd) {}

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuotes() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(p);
    }

    public List<Attributed> quotes(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Attributed> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) return out;
        for (CoreMap q : quotes) {
            int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (end - start >= 2 && isMark(text.charAt(start)) && isMark(text.charAt(end - 1))) { start++; end--; }
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            if (mb != null && me != null && mb >= 0 && me < tokens.size()) {
                out.add(new Attributed(start, end, speaker, tokens.get(mb).beginPosition(), tokens.get(me).endPosition()));
            } else {
                out.add(new Attributed(start, end, speaker, -1, -1));
            }
        }
        return out;
    }

    private static boolean isMark(char c) { return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’'; }
}
