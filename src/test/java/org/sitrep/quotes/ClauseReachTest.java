package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** Reported clauses the reader reaches past an adverbial or a tagger slip, and impressions reported with "seemed". */
class ClauseReachTest {

    private static Quote only(String text) {
        List<Quote> q = QuotesOf.text("Some intro here.\n\n" + text);
        assertThat(q).hasSize(1);
        return q.get(0);
    }

    @Test
    void aBareClauseMayComeAfterATimeOrAShortPrepositionalPhrase() {
        Quote q = only("The banker Paul Weston said on Friday he met the new governor earlier this month.");
        assertThat(q.speaker().text()).endsWith("Paul Weston");
        assertThat(q.text()).isEqualTo("he met the new governor earlier this month");
        assertThat(only("The mayor said in a statement the company would leave the city next year.").text())
                .isEqualTo("the company would leave the city next year");
        assertThat(only("The senator said this week that the bill is likely to pass.").text())
                .isEqualTo("the bill is likely to pass");
    }

    @Test
    void aClauseMayOpenWithAQuantityOrHaveItsPastTenseReadAsAParticiple() {
        assertThat(only("The budget office said about half of the change reflected lower revenue from the tax cuts.").text())
                .isEqualTo("about half of the change reflected lower revenue from the tax cuts");
        assertThat(only("Mary Collins, who covered the courts for ten years, said she almost always treated the hearings as a chance to learn.").text())
                .startsWith("she almost always treated");
    }

    @Test
    void anImpressionReportedWithSeemOrAppearHasNoNamedSource() {
        Quote q = only("In the past few days, the outspoken mayor seemed to be losing his grip on the council.");
        assertThat(q.cue().lemma()).isEqualTo("seem");
        assertThat(q.speaker()).isNull();
        assertThat(q.text()).isEqualTo("the outspoken mayor seemed to be losing his grip on the council");
        assertThat(only("The two neighbours both seemed quite pleased with the result.").text()).contains("seemed quite pleased");
        assertThat(QuotesOf.text("Some intro here.\n\nThe governor appeared at a rally in Ohio on Monday.")).isEmpty();
        Quote r = only("The trade group is reportedly spending two million dollars on radio ads.");
        assertThat(r.cue().text()).isEqualTo("reportedly");
        assertThat(r.text()).contains("spending two million dollars on radio ads");
    }

    @Test
    void seemingToReportIsTheSubjectsOwnHedgedReport() {
        List<Quote> qs = QuotesOf.text("Some intro here.\n\nThe senator seemed to recognize the significance of the vote.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).cue().lemma()).isEqualTo("recognize");
        assertThat(qs.get(0).speaker().text()).contains("senator");
        assertThat(qs.get(0).reportedBy()).isNull();
    }

    @Test
    void aPreposedReportMayBeCreditedToANameWithADeterminerOrATitle() {
        Quote q = only("The engineer was travelling to Rome for a meeting, the Daily Courier reported.");
        assertThat(q.cue().lemma()).isEqualTo("report");
        assertThat(q.text()).isEqualTo("The engineer was travelling to Rome for a meeting");
        assertThat(only("Two of the passengers were students from Lyon, ministry spokesman Paul Durand said Thursday.").text())
                .isEqualTo("Two of the passengers were students from Lyon");
    }

    @Test
    void aHeadlineCreditsWhatFollowsItsColonToTheLabelBeforeIt() {
        List<Quote> q = QuotesOf.text("Warren to Union Leaders: The Trade Deal Must Be Stopped.\n\nThe senator spoke on Monday.");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.cue().text()).isEqualTo(":");
            assertThat(x.speaker().text()).isEqualTo("Warren");
            assertThat(x.text()).startsWith("The Trade Deal");
        });
        assertThat(QuotesOf.text("The Latest: Votes are counted in three towns.\n\nThe count goes on.")).isEmpty();
    }

    @Test
    void aBareClauseMayFollowTheAddresseeOfTelling() {
        Quote q = only("Maria Lopez told the Daily Courier last week she would rather stay home than vote.");
        assertThat(q.speaker().text()).isEqualTo("Maria Lopez");
        assertThat(q.text()).isEqualTo("she would rather stay home than vote");
        assertThat(only("The senator assured him it was done without his knowledge.").text()).isEqualTo("it was done without his knowledge");
    }

    @Test
    void whatASpeakerCitesIsReportedEvenWithoutAClause() {
        List<Quote> q = QuotesOf.text("Some intro here.\n\nThe mayor cut the school budget, citing low growth and rising unemployment.");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.cue().text()).isEqualTo("citing");
            assertThat(x.text()).isEqualTo("low growth and rising unemployment");
        });
    }

    @Test
    void aReportedClauseMayHaveARelativeClauseInItsSubject() {
        assertThat(only("The governor says a tax that used to be considered fair now draws protests from farmers.").text())
                .isEqualTo("a tax that used to be considered fair now draws protests from farmers");
    }

    @Test
    void aPreposedReportMayEndAtASemicolonOrHaveATimeOrALongTailAfterItsCue() {
        assertThat(only("Retail spending rose faster than in any month since 2009, the state institute reported last week.").text())
                .isEqualTo("Retail spending rose faster than in any month since 2009");
        assertThat(QuotesOf.text("Some intro here.\n\nTo win the state, candidates need about half of the rural vote, local analysts say; in 2012, the party won it easily."))
                .anySatisfy(x -> assertThat(x.text()).isEqualTo("To win the state, candidates need about half of the rural vote"));
        assertThat(only("The former mayor was in the room during the vote, he said Monday morning on the local station's evening show.").text())
                .isEqualTo("The former mayor was in the room during the vote");
    }
}
