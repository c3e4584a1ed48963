package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/**
 * Direct quotes' speakers: signed rather than reported (a transcript's "Name: “…”", a closing "— Name"), inverted ("said
 * one X familiar with …", "asked Bennett"), and which of two neighbouring cues a quote belongs to.
 */
class SignedQuoteTest {

    private static List<Quote> quotes(String text) { return QuotesOf.text(text); }

    @Test
    void aNameOpeningALineWithAColonSpeaksTheQuoteAfterIt() {
        List<Quote> q = quotes("The hearing went on for hours.\n\nRep. Trey Gowdy (R-S.C.): \"I have not heard anyone other than you ever cite that figure.\"\n\n"
                + "Former secretary of state Hillary Rodham Clinton: \"We learned that from the State Department and their analysis.\"");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker().text()).startsWith("Trey Gowdy");
        assertThat(q.get(1).speaker().text()).isEqualTo("Hillary Rodham Clinton");
    }

    @Test
    void typewriterQuotesHaveTheirSpeakers() {
        List<Quote> q = quotes("The jobs report came out on Friday.\n\n''We should not take the strength of domestic demand for granted,'' "
                + "said Lael Brainard, a Fed governor.\n\n''It is going to take a lot more than one report,'' he said.");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker().text()).isEqualTo("Lael Brainard");
        assertThat(q.get(0).text()).startsWith("We should not");
        assertThat(q.get(1).speaker().entity()).isNotNull().isEqualTo(q.get(0).speaker().entity());
    }

    @Test
    void aColonAfterSomethingElseIsNotATranscript() {
        List<Quote> q = quotes("The hearing went on for hours.\n\nThe report by the State Department says this: \"These assessments do not apply to the system used.\"");
        assertThat(q).isNotEmpty().noneMatch(x -> x.cue() != null && x.cue().text().equals(":"));
    }

    @Test
    void aDashAndANameClosingTheLineSignTheQuote() {
        List<Quote> q = quotes("Some intro here.\n\n\"The idea that I would dismantle health care in America is just not accurate.\" - Bernie Sanders");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).isEqualTo("Bernie Sanders"));
    }

    @Test
    void anInvertedSpeakerFollowedByAModifierIsItsHeadNoun() {
        List<Quote> q = quotes("Some intro here.\n\n\"It wasn't a convincing argument,\" said one senator familiar with the discussion.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).endsWith("senator"));
    }

    @Test
    void anInvertedSpeakerHeadedByANumberIsTheWholePhrase() {
        List<Quote> q = quotes("The campaign spent heavily.\n\n\"There won't be a path for Bernie to succeed,\" said one of those advisers, who spoke on the condition of anonymity.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).isEqualTo("one of those advisers"));
    }

    @Test
    void aNameAfterAHeadingAndADashSpeaksTheQuoteAfterItsColon() {
        List<Quote> q = quotes("The polls are in.\n\nIOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: "
                + "\u201cAlthough the polls failed to predict Ted Cruz\u2019s Iowa win, it isn\u2019t because they were dead wrong.\u201d");
        assertThat(q).anySatisfy(x -> assertThat(x.speaker().text()).contains("Cohen"));
    }

    @Test
    void aDashAndANameOnTheirOwnParagraphSignTheQuoteAbove() {
        List<Quote> q = quotes("Some intro here.\n\n\"Great speech. She's tested. She's ready. She never quits.\"\n\n-President Obama, tweeting after the speech.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).contains("Obama"));
    }

    @Test
    void aVerbOfAskingRightAfterTheQuoteHasItsSpeakerAfterIt() {
        List<Quote> q = quotes("The campaign spent heavily.\n\n\"Why should the nomination be grabbed from him?\" asked Bennett, now a conservative radio host.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).isEqualTo("Bennett"));
    }

    @Test
    void aNameTaggedAsAVerbStillSpeaksAfterAnInvertedCue() {
        List<Quote> q = quotes("Clinton's team is preparing.\n\n\"There were a lot more Arkansas voters in 2008 than there are in 2016,\" said Skip Rutherford, a longtime Clinton loyalist.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).isEqualTo("Skip Rutherford"));
    }

    @Test
    void aCueOpeningTheNextQuoteIsNotTheClosedQuoteBeforeIt() {
        List<Quote> q = quotes("The lawyer spoke for an hour.\n\nBrafman said, \"The zeal with which this case was brought is uncharacteristic of any case.\" "
                + "He added, \"In this case things happened that are not ordinary.\"");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker().text()).isEqualTo("Brafman");
        assertThat(q.get(1).speaker().text()).isEqualTo("He");
    }

    @Test
    void aSpeakerWithALongAppositiveStillPrecedesTheCueAfterTheQuote() {
        List<Quote> q = quotes("The judge ruled on Friday.\n\n\"The court's decision recognizes that religious freedom matters,\" Robert McDuff, "
                + "attorney for one of four groups to file suit over the law, said in a statement.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).startsWith("Robert McDuff"));
    }

    @Test
    void aQuoteIntroducedByAColonDoesNotContinueThePreviousSpeaker() {
        List<Quote> q = quotes("The polls are in.\n\nIOWA POLLS WRONG - Mark Blumenthal: \u201cThe polls failed to predict the Iowa win on Tuesday night.\u201d\n"
                + "What the report does mean - the findings: \u201cIn general, samples with more elaborate weighting produced more accurate results.\u201d");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker()).isNull();
    }

    @Test
    void aSecondVerbSharesTheSubjectOfTheVerbReportingAThatClause() {
        List<Quote> q = quotes("The president spoke on Tuesday.\n\nThe president noted that he taught constitutional law, and added: \u201cI know a little about this.\u201d");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo("direct");
            assertThat(x.speaker().text()).isEqualTo("The president");
        });
    }

    @Test
    void aPartyAndStateInParenthesesDoNotEndTheSentenceBeforeItsCue() {
        List<Quote> q = quotes("The House met on Tuesday.\n\n\u201cThere\u2019s tremendous energy in a whole host of races,\u201d Rep. Earl Blumenauer (D-Ore.) said.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).contains("Blumenauer"));
    }

    @Test
    void theObjectOfAVerbBeforeAParticipleIsNotTheSpeaker() {
        List<Quote> q = quotes("The company was sold on Monday.\n\nIvanka Trump released a statement saying: \u201cG-III has distinguished itself as a trusted partner for some of the finest brands.\u201d");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo("direct");
            assertThat(x.speaker().text()).contains("Ivanka Trump");
        });
    }

    @Test
    void aTypewriterQuoteEndingInAQuoteWithinItHasItsSpeaker() {
        List<Quote> q = quotes("The president spoke on Friday.\n\n''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).contains("Putin"));
    }

    @Test
    void aCurlyQuoteClosedWithAStraightMarkHasTheSpeakerAfterIt() {
        List<Quote> q = quotes("Carson spoke on Tuesday.\n\n\u201cApparently not,\u201c he said. \u201cA leopard doesn\u2019t change its spots.\u201d\n\n"
                + "\u201cAt this point, I don\u2019t think there is bad publicity,\" said Atlantic City Mayor Don Guardian.");
        assertThat(q).hasSize(3);
        assertThat(q.get(0).speaker().text()).isEqualTo("he");
        assertThat(q.get(2).speaker().text()).contains("Don Guardian");
    }

    @Test
    void aNameAfterAHeadingWithAVerbAndADashSpeaksTheQuote() {
        List<Quote> q = quotes("The polls are in.\n\nPollsters agree - Carl Bialik: \u201cOne of the biggest lessons was a simple one: keep on contacting voters.\u201d\n\n"
                + "Media shares blame in Iowa poll overhype - HuffPollster: \u201cPollsters are taking a lot of heat from the public and the media.\u201d");
        List<Quote> direct = q.stream().filter(x -> x.kind().equals("direct")).toList();
        assertThat(direct).hasSize(2);
        assertThat(direct.get(0).speaker().text()).isEqualTo("Carl Bialik");
        assertThat(direct.get(1).speaker().text()).isEqualTo("HuffPollster");
    }

    @Test
    void aQuoteEndingInAQuoteWithinItStillReachesASpeakerWithAnAppositive() {
        List<Quote> q = quotes("Cruz spoke in March.\n\n\u201cThe answer you\u2019d like me to give is, \u2018I\u2019m for the RFS, darn it,\u2019\u201d Cruz, "
                + "who has proposed repealing the mandate over five years, said at the time.");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo("direct");
            assertThat(x.speaker().text()).startsWith("Cruz");
        });
    }

    @Test
    void aSpeakerWithAnAgeAndAnAppositivePrecedesTheCue() {
        List<Quote> q = quotes("Voters were asked.\n\n''I just don't think she's been completely truthful with this whole thing,'' Cecelia Purner, 67, "
                + "a retired customer service representative in Allentown, Pa., said in a follow-up interview.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().text()).startsWith("Cecelia Purner, 67, a retired"));
    }

    @Test
    void thePersonASentenceEndingInAColonIsAboutSpeaksTheQuoteAfterIt() {
        List<Quote> q = quotes("Donald Trump spoke on Monday.\n\nIn a Fox interview later that day, Donald Trump went even further: "
                + "\u201cIf he goes forward and loses, it\u2019s the end of his career.\u201d");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo("direct");
            assertThat(x.speaker().text()).contains("Trump");
        });
    }

    @Test
    void aSentenceOpeningWithSaidHasTheNameAfterItAsSpeaker() {
        List<Quote> q = quotes("The FBI made a mistake.\n\nRoof should have been stopped. Said Comey, \"The thought that an error on our part is connected to this is very painful to us.\"");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo("direct");
            assertThat(x.speaker().text()).isEqualTo("Comey");
        });
    }
}
