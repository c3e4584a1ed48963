package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** "As the Post reported, …" and "…, as the Times reported.": an attribution with "as" credits the clause beside it. */
class AsReportTest {

    @Test
    void aFrontedAsAttributionCreditsTheMainClausePastAnAdverbial() {
        List<Quote> q = QuotesOf.text("Some intro here.\n\nAs Breitbart News reported, even on Friday morning, the bank "
                + "was refusing to call the attack terrorism.");
        Quote outer = q.stream().filter(x -> x.reportedBy() == null).findFirst().orElseThrow();
        assertThat(outer.cue().lemma()).isEqualTo("report");
        assertThat(outer.speaker().text()).isEqualTo("Breitbart News");
        assertThat(outer.text()).isEqualTo("the bank was refusing to call the attack terrorism");
    }

    @Test
    void aTrailingAsAttributionCreditsTheClauseBeforeIt() {
        List<Quote> q = QuotesOf.text("Some intro here.\n\nThe bank defaulted on its bonds, as the newspaper reported.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().text()).isEqualTo("the newspaper");
            assertThat(x.text()).isEqualTo("The bank defaulted on its bonds");
        });
    }

    @Test
    void aTimeClauseWithAsIsNoReport() {
        assertThat(QuotesOf.text("Some intro here.\n\nAs he spoke, the crowd grew quiet in the hall.")).isEmpty();
    }
}
