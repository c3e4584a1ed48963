package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Token;
import org.sitrep.model.Sentence;

/**
 * A test-only annotator without CoreNLP (no model loading): whitespace tokens, sentences at full stops, no NER.
 * It lets ingest tests run the product's whole ingest path in seconds; {@code delayMillis} makes each article slow
 * enough for a test to kill the process in the middle of a run.
 */
final class LightAnnotator implements Annotator {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private final long delayMillis;

    LightAnnotator(long delayMillis) { this.delayMillis = delayMillis; }

    @Override
    public Annotated annotate(String text, LocalDate reference) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int start = -1;
        while (m.find()) {
            if (start < 0) start = m.start();
            String w = m.group();
            tokens.add(new Token(tokens.size(), sentences.size(), w, m.start(), m.end(), w.matches("\\d+") ? "CD" : "NN", w.toLowerCase(), "O"));
            if (w.equals(".")) {
                sentences.add(new Sentence(sentences.size(), start, m.end()));
                start = -1;
            }
        }
        if (start >= 0) sentences.add(new Sentence(sentences.size(), start, text.length()));
        return new Annotated(text, sentences, tokens, List.of());
    }
}
