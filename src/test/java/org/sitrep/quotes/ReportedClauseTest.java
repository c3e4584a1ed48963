package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** A bare clause after "said" is what was said when a finite verb comes before the next comma, however far. */
class ReportedClauseTest {

    private static List<Quote> quotes(String text) { return QuotesOf.text(text); }

    @Test
    void aLongSubjectBeforeTheReportedVerbIsStillAClause() {
        List<Quote> q = quotes("Some intro here.\n\nAdelson said much of his discussion with Trump was about Israel.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("indirect");
            assertThat(x.cue().lemma()).isEqualTo("say");
            assertThat(x.speaker().text()).isEqualTo("Adelson");
            assertThat(x.text()).isEqualTo("much of his discussion with Trump was about Israel");
        });
    }

    @Test
    void anInvertedAttributionWithARelativeClauseIsNotAReportedClause() {
        List<Quote> q = quotes("Some intro here.\n\n\"The plan failed badly and everyone knows it,\" said the man who was arrested on Monday.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.kind()).isEqualTo("direct"));
    }
}
