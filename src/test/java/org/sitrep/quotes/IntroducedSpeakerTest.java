package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** Direct quotes whose speaker's phrase is shaped other than a plain subject before its reporting verb. */
class IntroducedSpeakerTest {

    private static Quote direct(String text, String start) {
        List<Quote> q = QuotesOf.text(text);
        return q.stream().filter(x -> x.kind().equals("direct") && x.text().contains(start)).findFirst().orElseThrow();
    }

    @Test
    void aStrayCommaAfterANameWithItsPartyStillLeavesTheNameTheSubject() {
        Quote q = direct("The governor won his home state.\n\nTuesday at a college in Berea, Ohio, after winning the primary, Gov. John Kasich (R-OH), said, "
                + "\u201cI\u2019m getting ready to rent a covered wagon.\u201d", "covered wagon");
        assertThat(q.speaker().text()).startsWith("John Kasich");
    }

    @Test
    void shoutsThatCameFromSomeoneAreTheirs() {
        Quote q = direct("The vote was chaotic.\n\n\u201cCall the roll,\u201d came shouts from the crowd, as the crowd booed.", "Call the roll");
        assertThat(q.speaker().text()).isEqualTo("the crowd");
        Quote r = direct("The minister was asked about the strike. \u201cWe will not negotiate!\u201d came the reply from the minister.", "negotiate");
        assertThat(r.speaker().text()).isEqualTo("the minister");
    }

    @Test
    void aPossessedViewAfterTheQuoteNamesWhoseWordsTheyAre() {
        Quote q = direct("The former envoy was blunt. \u201cThis is not a circumstance where there are one or two things you can identify \u2013 it\u2019s an "
                + "across-the-board failure\u201d from diplomacy to the defense budget, in Bolton\u2019s view.", "across-the-board");
        assertThat(q.speaker().text()).isEqualTo("Bolton");
    }
}
