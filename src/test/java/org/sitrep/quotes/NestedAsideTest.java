package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** A direct quote with its own cue and speaker is not nested under a report that only seems to hold it. */
class NestedAsideTest {

    @Test
    void reportedlyBeforeAReportingVerbHedgesThatVerbsOwnQuote() {
        List<Quote> qs = QuotesOf.text("Some intro here.\n\nAsked about the plan, Mayor Jane Roe reportedly said, \"We will see about that next week,\" and left the room.");
        Quote q = qs.stream().filter(x -> x.kind().equals("direct")).findFirst().orElseThrow();
        assertThat(q.speaker().text()).endsWith("Jane Roe");
        assertThat(q.reportedBy()).isNull();
    }

    @Test
    void aReportEndsWhereADashOrParenthesisOpensAQuoteAttributedToItsOwnSpeaker() {
        List<Quote> qs = QuotesOf.text("Some intro here.\n\nMr. Brown suggested the governor had lost touch with the voters - \"He would not know a farm if he saw one,\" Mr. Brown said twice - and then he left the stage.");
        Quote direct = qs.stream().filter(x -> x.kind().equals("direct")).findFirst().orElseThrow();
        assertThat(direct.speaker().text()).endsWith("Brown");
        assertThat(direct.reportedBy()).isNull();
        Quote report = qs.stream().filter(x -> x.cue() != null && x.cue().lemma().equals("suggest")).findFirst().orElseThrow();
        assertThat(report.text()).isEqualTo("the governor had lost touch with the voters");
    }
}
