package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** Reports whose content is a topic or a stance rather than a clause: "spoke about …", "was critical of …". */
class TopicReportTest {

    private static List<Quote> quotes(String text) { return QuotesOf.text("Some intro here.\n\n" + text); }

    @Test
    void aVerbOfTalkingReportsItsTopicAfterAbout() {
        List<Quote> q = quotes("Clinton spoke openly about the economy on Monday.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().lemma()).isEqualTo("speak");
        assertThat(q.get(0).speaker().text()).isEqualTo("Clinton");
        assertThat(q.get(0).text()).startsWith("the economy");
    }

    @Test
    void aVerbOfTalkingWithoutATopicIsNoReport() {
        assertThat(quotes("Clinton spoke at a rally in Iowa on Monday.")).isEmpty();
    }

    @Test
    void aPredicateAdjectiveOfStanceReportsItsComplement() {
        List<Quote> q = quotes("Clinton was sharply critical of the trade deal.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().text()).isEqualTo("Clinton");
        assertThat(q.get(0).text()).isEqualTo("the trade deal");
        List<Quote> clause = quotes("Rubio is confident that he will win Florida.");
        assertThat(clause).hasSize(1);
        assertThat(clause.get(0).text()).isEqualTo("he will win Florida");
    }

    @Test
    void anAdjectiveOfStanceWithoutCopulaOrComplementIsNoReport() {
        assertThat(quotes("The sky was clear of clouds.")).isEmpty();
        assertThat(quotes("A critical vote is due on Monday.")).isEmpty();
    }

    @Test
    void aJudgingNounWithANamedHolderReportsThePhraseAfterOf() {
        List<Quote> q = quotes("Trump's view of NATO has changed over the years.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().lemma()).isEqualTo("view");
        assertThat(q.get(0).speaker().text()).isEqualTo("Trump");
        assertThat(q.get(0).text()).isEqualTo("NATO");
    }

    @Test
    void aJudgingNounWithoutAHolderIsNoReport() {
        assertThat(quotes("The view of the lake from the hotel has changed over the years.")).isEmpty();
    }
}
