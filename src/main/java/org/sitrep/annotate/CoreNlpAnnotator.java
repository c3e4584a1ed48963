package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.model.Sentence;

/**
 * The CoreNLP adapter, configured for news at speed rather than CoreNLP's defaults.
 *
 * <p>CoreNLP's default English NER runs three CRFs, a 18 MB caseless gazetteer (fine-grained NER), SUTime
 * on every sentence and the numeric classifiers: about 700 tokens/s on one core. sitrep runs one CRF
 * (the CoNLL 4-class model: PER/ORG/LOC/MISC), does titles, nationalities and numbers in its own
 * stages, and gives SUTime only the sentences that contain a temporal cue word ({@link TemporalCues}).
 * The models load in parallel, which halves start-up on two cores.
 */
public final class CoreNlpAnnotator implements Annotator {

    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final TokenizerAnnotator tokenizer;
    private final WordsToSentencesAnnotator splitter;
    private final POSTaggerAnnotator tagger;
    private final MorphaAnnotator lemmatizer;
    private final NERCombinerAnnotator ner;
    private final TimeAnnotator sutime;
    /** Sentences read and sentences given to SUTime: the pre-filter's effect, printed on exit with -Dsitrep.debug.timecues=true. */
    private final AtomicLong sentencesRead = new AtomicLong(), sentencesTimed = new AtomicLong();

    public CoreNlpAnnotator() {
        Properties props = properties();
        CompletableFuture<POSTaggerAnnotator> pos = CompletableFuture.supplyAsync(() -> new POSTaggerAnnotator("pos", props));
        CompletableFuture<TimeAnnotator> time = CompletableFuture.supplyAsync(() -> new TimeAnnotator("sutime", props));
        try {
            this.ner = new NERCombinerAnnotator(props);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the NER model " + NER_MODEL + ": " + e.getMessage(), e);
        }
        this.tokenizer = new TokenizerAnnotator(false, props);
        this.splitter = new WordsToSentencesAnnotator(props);
        this.lemmatizer = new MorphaAnnotator(false);
        this.tagger = pos.join();
        this.sutime = time.join();
        if (Boolean.getBoolean("sitrep.debug.timecues")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf(
                    "time pre-filter: %d of %d sentences sent to SUTime (%.1f%%)%n", sentencesTimed.get(), sentencesRead.get(),
                    100.0 * sentencesTimed.get() / Math.max(1, sentencesRead.get()))));
        }
    }

    /** How many sentences this annotator has read, and how many of them it gave to SUTime. */
    public long[] timeTaggerUse() {
        return new long[] {sentencesRead.get(), sentencesTimed.get()};
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        // Keep curly quotes and dashes as written: quotes and datelines are read from the original characters.
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,"
                + "quotes=original,ellipses=original,dashes=original,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("sutime.binders", "0");
        return p;
    }

    @Override
    public Annotated annotate(String text, LocalDate reference) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        splitter.annotate(doc);
        SentenceRepair.join(doc, text);
        tagger.annotate(doc);
        lemmatizer.annotate(doc);
        ner.annotate(doc);

        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<Token> tokens = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        String docDate = reference == null ? null : reference.toString();
        SUTime.TimeIndex timeIndex = new SUTime.TimeIndex();
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap sentence = coreSentences.get(s);
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentences.add(new Sentence(s,
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            for (CoreLabel l : labels) {
                tokens.add(new Token(tokens.size(), s, l.originalText(), l.beginPosition(), l.endPosition(),
                        l.tag(), l.lemma(), l.ner() == null ? "O" : l.ner()));
            }
            sentencesRead.incrementAndGet();
            if (TemporalCues.mayContainTime(labels)) {
                sentencesTimed.incrementAndGet();
                for (CoreMap t : sutime.annotateSingleSentence(sentence, docDate, timeIndex)) {
                    Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                    if (timex == null) continue;
                    int begin = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int end = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    times.add(new TimeExpression(text.substring(begin, end), timex.timexType(), timex.value(), begin, end, s));
                }
            }
        }
        return new Annotated(text, sentences, tokens, times);
    }
}
