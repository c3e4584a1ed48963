package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** What looks like a report and is not: a quoted show or book title, an editor's note, an attributive participle. */
class TitleQuoteTest {

    @Test
    void aTitleCasePhraseAfterAPrepositionOrTellingIsATitle() {
        List<Quote> q = QuotesOf.text("Some intro here.\n\nThe governor spoke for an hour on Sunday on \"The Evening Report With Dan Miles.\"");
        assertThat(q).noneMatch(x -> x.text().contains("Evening Report"));
        assertThat(QuotesOf.text("Some intro here.\n\nThe senator told \"Weekend Morning Live\" that the vote would be close."))
                .noneMatch(x -> x.text().contains("Weekend Morning"));
    }

    @Test
    void speechInQuotationMarksIsStillAQuote() {
        List<Quote> q = QuotesOf.text("Some intro here.\n\nThe senator told reporters, \"We will win this fight in the end.\"");
        assertThat(q).anyMatch(x -> x.kind().equals("direct") && x.text().startsWith("We will win"));
    }

    @Test
    void anEditorsNoteAndAnAttributiveParticipleReportNothing() {
        assertThat(QuotesOf.text("Some intro here.\n\nEditor's note: The governor is a known liar who has repeatedly pledged to close the border to all visitors.")).isEmpty();
        assertThat(QuotesOf.text("Some intro here.\n\nThe mayor now leads the race by 120 pledged delegates after the spring contests.")).isEmpty();
    }

    @Test
    void anUnattributedTitleCasePhraseIsAName() {
        assertThat(QuotesOf.text("Some intro here.\n\nOutside the hall, volunteers sold \"Make The County Great Again\" hats for ten dollars."))
                .noneMatch(x -> x.text().contains("Make The County"));
        assertThat(QuotesOf.text("Some intro here.\n\nThe mayor's only reply was a note: \"Is Main Street Open Today?\""))
                .anyMatch(x -> x.text().contains("Is Main Street Open Today"));
    }
}
