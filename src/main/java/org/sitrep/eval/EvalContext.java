package org.sitrep.eval;

import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.annotate.PlainCoreNlp;
import org.sitrep.pipeline.Analyzer;

/**
 * The pipelines one eval run needs, loaded on first use and shared by the evaluators, because loading CoreNLP
 * takes longer than scoring some datasets. Not thread-safe: the evaluators run one after another.
 */
public final class EvalContext {

    private Analyzer analyzer;
    private PlainCoreNlp plain;
    private Annotator annotator;

    public Analyzer analyzer() {
        if (analyzer == null) analyzer = Analyzer.load();
        return analyzer;
    }

    /** sitrep's CoreNLP adapter alone (tokens, lemmas, POS, NER, times), for evaluators that need no later stage. */
    public Annotator annotator() {
        if (annotator == null) annotator = new CoreNlpAnnotator();
        return annotator;
    }

    public PlainCoreNlp plainCoreNlp() {
        if (plain == null) plain = new PlainCoreNlp();
        return plain;
    }

    /** Drops the baseline pipeline (about 2 GB of models) once no evaluator needs it any more. */
    public void releaseBaseline() { plain = null; }
}
