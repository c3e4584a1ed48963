package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.SharedAnalyzer;

/** CoreNLP's breaks after "(R-Ky.)" are joined back; real breaks, and breaks at line ends, are kept. */
class SentenceRepairTest {

    private static List<String> sentences(String text) {
        Annotated a = SharedAnalyzer.get().annotator().annotate(text, null);
        return a.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aPartyAndStateAbbreviationDoesNotEndTheSentence() {
        assertThat(sentences("Sen. Rand Paul (R-Ky.) said the bill was dead. Rep. Nancy Pelosi (D-Calif.) disagreed."))
                .containsExactly("Sen. Rand Paul (R-Ky.) said the bill was dead.", "Rep. Nancy Pelosi (D-Calif.) disagreed.");
    }

    @Test
    void sentencesOpeningWithACapitalOrOnANewLineStaySeparate() {
        assertThat(sentences("He met the senator (R-Ky.). Then he left.")).last().isEqualTo("Then he left.");
        assertThat(sentences("A heading about the senator (R-Ky.)\nsaid the report, and more.")).contains("said the report, and more.");
    }

    @Test
    void tokensCarryTheJoinedSentenceIndex() {
        String text = "Sen. Rand Paul (R-Ky.) said the bill was dead. It was.";
        Annotated a = SharedAnalyzer.get().annotator().annotate(text, null);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.tokens()).filteredOn(t -> t.word().equals("said")).singleElement().satisfies(t -> assertThat(t.sentence()).isZero());
        assertThat(a.tokens()).filteredOn(t -> t.word().equals("It")).singleElement().satisfies(t -> assertThat(t.sentence()).isEqualTo(1));
    }
}
