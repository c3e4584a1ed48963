package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** Attributions by a phrase beside the clause: "As the Post reported, …", "…, as the Times reported.", "In a post, X …". */
class PhraseAttributionTest {

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

    @Test
    void aDocumentPhraseYieldsToTheMainClausesOwnReport() {
        // "In a post, Beck encouraged …": Beck is the source; the post is only where he wrote it.
        List<Quote> q = QuotesOf.text("Some intro here.\n\nIn a Facebook post on Sunday night, Beck encouraged Americans to join him in a fast.");
        assertThat(q).isNotEmpty().allSatisfy(x -> assertThat(x.speaker().text()).isEqualTo("Beck"));
    }

    @Test
    void maintainingALeadIsNoReportButMaintainingAClauseIs() {
        assertThat(QuotesOf.text("Some intro here.\n\nClinton maintains a commanding lead among black voters.")).isEmpty();
        assertThat(QuotesOf.text("Some intro here.\n\nClinton maintains she did nothing wrong.")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("she did nothing wrong"));
    }
}
