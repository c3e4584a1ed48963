package org.sitrep.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.sitrep.kafka.ArticleMessages;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.report.JsonOutput;

/**
 * The per-article analysis of {@code sitrep analyze}, at the job's parallelism. A message that is not an article, or
 * whose analysis throws, becomes a failed result (as a local ingest reports the input and goes on) rather than a
 * task failure that would replay the same message forever.
 */
final class Analyse extends RichMapFunction<ArticleRecord, Analysed> {

    private transient Analyzer analyzer;

    @Override
    public void open(OpenContext context) {
        analyzer = SharedAnalyzer.get();
    }

    @Override
    public Analysed map(ArticleRecord m) {
        Article article;
        try {
            article = ArticleMessages.article(m.value());
        } catch (IllegalArgumentException e) {
            return new Analysed(m.partition(), m.offset(), m.sequence(), null, where(m), null, null, e.getMessage());
        }
        try {
            String reading = JsonOutput.line(analyzer.analyze(article));
            return new Analysed(m.partition(), m.offset(), m.sequence(), article.id(), article.source(), reading, m.raw(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysed(m.partition(), m.offset(), m.sequence(), article.id(), article.source(), null, null, "analysis failed: " + e);
        }
    }

    private static String where(ArticleRecord m) { return "partition " + m.partition() + " offset " + m.offset(); }
}
