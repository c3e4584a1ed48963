package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP as it comes (tokenize, ssplit, pos, lemma, ner with every default: three CRFs, fine-grained NER,
 * SUTime, numeric classifiers). The baseline that benchmarks and evaluators compare sitrep against in the
 * same run; sitrep itself never uses it.
 */
public final class PlainCoreNlp {

    /** An entity mention as CoreNLP's default pipeline reports it (fine-grained types such as COUNTRY, TITLE, DATE). */
    public record Mention(String text, String type, String normalized, int start, int end) {}

    /** What the default pipeline read: token count and entity mentions (including DATE/TIME with their TIMEX values). */
    public record Result(int tokens, List<Mention> mentions) {}

    private final StanfordCoreNLP pipeline;

    public PlainCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Thread-safe, like the pipeline it wraps. */
    public Result annotate(String text, LocalDate reference) {
        Annotation doc = new Annotation(text);
        if (reference != null) doc.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
        pipeline.annotate(doc);
        List<Mention> mentions = new ArrayList<>();
        List<CoreMap> found = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (found != null) {
            for (CoreMap m : found) {
                mentions.add(new Mention(m.get(CoreAnnotations.TextAnnotation.class), m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                        m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            }
        }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return new Result(tokens == null ? 0 : tokens.size(), mentions);
    }
}
