package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** Direct quotes' speakers where more than one cue or person is near the quote. */
class DirectSpeakerTest {

    private static List<Quote> quotes(String text) { return QuotesOf.text(text); }

    private static Quote direct(List<Quote> q, String start) {
        return q.stream().filter(x -> x.kind().equals("direct") && x.text().contains(start)).findFirst().orElseThrow();
    }

    @Test
    void aVerbRightBeforeTheQuoteReportsItRatherThanTheNextSentence() {
        List<Quote> q = quotes("The rally ran late.\n\nGrowing louder as he spoke, Mr. Walker continued: \u201cThe worst storm ever in this state? "
                + "It happened on his watch.\u201d He added that his rival had never apologized.");
        assertThat(direct(q, "worst storm").speaker().text()).endsWith("Walker");
    }

    @Test
    void anAuxiliaryAfterTheQuoteIsNotTheCue() {
        List<Quote> q = quotes("Senator Harlan Briggs spoke on Monday.\n\n\u201cI would hope that a careful judge would reach a better conclusion,\u201d "
                + "Judge Maria Lopez has said in speeches, in varying forms, before joining the court.");
        assertThat(direct(q, "careful judge").speaker().text()).contains("Lopez");
    }
    @Test
    void aRelativeClauseInsideAnAppositiveDoesNotHideTheName() {
        List<Quote> q = quotes("The campaign spent heavily.\n\n\u201cShe was always a little different,\u201d said Ann Lowe, a longtime adviser.\n\n"
                + "Martha Greene, a close friend of the senator who was her campaign manager, said, \u201cEven as a candidate, people asked who she thought she was.\u201d");
        assertThat(direct(q, "Even as a candidate").speaker().text()).startsWith("Martha Greene");
    }

    @Test
    void anAppositiveEndingInAQuotedTitleStillNamesTheSubject() {
        List<Quote> q = quotes("The court is short-handed.\n\nAs Paul Grant, professor of law at Duke and author of \u201cThe Hidden Charter,\u201d put it, "
                + "\u201cSenators should remember that a deal today may be far better for them than the one they get later.\u201d");
        assertThat(direct(q, "Senators should").speaker().text()).startsWith("Paul Grant");
    }

    @Test
    void aParticipleOpeningAnAppositiveIsNotAClause() {
        List<Quote> q = quotes("The issue came up on Friday.\n\nThe issue had come up after Mr. Dunn, asked about the killings of reporters abroad, had said, "
                + "\u201cI think our country does plenty of that too.\u201d");
        assertThat(direct(q, "plenty of that").speaker().text()).contains("Dunn");
    }

    @Test
    void aParticipleAfterACommaTakesTheSubjectOfItsClause() {
        List<Quote> q = quotes("The rally was loud.\n\nMr. Dunn tries to turn the heckling to his advantage, showcasing his big crowds, alternately shouting "
                + "\u201cGet them out of here right now, all of them\u201d and then \u201cBe nice to them, please, be nice.\u201d");
        assertThat(direct(q, "Get them out").speaker().text()).endsWith("Dunn");
    }

    @Test
    void goingOnAfterAQuoteContinuesSpeaking() {
        List<Quote> q = quotes("\u201cPeople are bullied at any age,\u201d he said.\n\nMs. Kerr answered with a smile: \u201cCan happen when you are 45.\u201d\n\n"
                + "\u201cYou know, it happens, right?\u201d Mr. Dunn went on, as if he had not heard her. \u201cBut you have to get over it.\u201d");
        assertThat(direct(q, "You know, it happens").speaker().text()).endsWith("Dunn");
    }

    @Test
    void aReportingVerbTaggedAsANounAfterANameStillReports() {
        List<Quote> q = quotes("\u201cCan you name one thing the party has done?\u201d he asks.\n\n"
                + "\u201cI can point to only two things, and neither of them was recent at all,\u201d Bozell answers.");
        assertThat(direct(q, "only two things").speaker().text()).isEqualTo("Bozell");
    }

    @Test
    void aQuotedNameInsideTheSubjectsAppositiveIsNotTheNextQuote() {
        List<Quote> q = quotes("Not everyone was happy.\n\n\u201cWe have had far better conventions than this one,\u201d Texas delegate Bill Eastwood, "
                + "wearing a cowboy hat and \u201cTed Cruz\u201d campaign pins, said quietly as confetti fell.");
        assertThat(direct(q, "better conventions").speaker().text()).contains("Bill Eastwood");
    }

    @Test
    void aLongAppositiveAfterTheNameStillReachesTheCue() {
        List<Quote> q = quotes("The rally was loud.\n\n\u201cVery good writer, very good writer this guy,\u201d Walker, the party\u2019s presidential frontrunner "
                + "nationally and current polling leader in the state by a wide margin after winning the first primaries, said when Boyle asked him a question.");
        assertThat(direct(q, "very good writer").speaker().text()).startsWith("Walker");
    }

    @Test
    void aLongNameAfterAClosedQuoteStillReachesItsVerb() {
        List<Quote> q = quotes("The panel met on Monday.\n\n\u201cSupport for him was soft to begin with.\u201d Ohio-based Mark Allen Dorsey said. "
                + "\u201cHis campaign was not ready for the scrutiny.\u201d");
        assertThat(direct(q, "soft to begin").speaker().text()).contains("Dorsey");
    }

    @Test
    void aQuoteRunningOnIntoItsSentenceBelongsToTheVerbBeforeIt() {
        List<Quote> q = quotes("The count went on.\n\nMr. Hale himself acknowledged in a radio forum on Monday night \u201cit will be very hard for us to win\u201d "
                + "if he continues to lose ground.");
        assertThat(direct(q, "very hard for us").speaker().text()).contains("Hale");
    }

    @Test
    void aParticiplesSubjectIsNotTheSubjectOfAThatClause() {
        List<Quote> q = quotes("The governor spoke on Friday.\n\nMr. Dale bristled at the suggestion that he was responsible for the change, saying, "
                + "\u201cThe advice I give to the candidate stays with the candidate.\u201d");
        assertThat(direct(q, "advice I give").speaker().text()).endsWith("Dale");
    }

    @Test
    void aVerbWithAParticleAndAnAdverbBeforeAColonIntroducesTheQuote() {
        List<Quote> q = quotes("The debate was tense.\n\nWhen Mr. Hale suggested that the island would sue, Mr. Ross fired back forcefully: "
                + "\u201cIf they sue us in a court in Miami, they are going to lose,\u201d pointing to the voters there.");
        assertThat(direct(q, "sue us in a court").speaker().text()).endsWith("Ross");
    }

    @Test
    void aPullQuotesLastLineNamesItsSpeaker() {
        List<Quote> q = quotes("Economists were divided.\n\n\"I worry that we may see a return of budget hawks as the governor tries to set herself apart.\n"
                + "Dana Baker, Center for Budget Research.\"\n\nBut the plan went ahead.");
        assertThat(direct(q, "I worry").speaker().text()).isEqualTo("Dana Baker, Center for Budget Research");
    }

    @Test
    void aVerbThatReportsNothingBeforeAColonGivesWayToTheCueAfterTheQuote() {
        List<Quote> q = quotes("The family had rules.\n\nC. Royden Gray, who served as counsel under the father, ticked through the code of conduct the family "
                + "has long embodied: \u201cCivility and good manners were kind of assumed,\u201d he said.");
        assertThat(direct(q, "Civility and good").speaker().text()).isEqualTo("he");
    }

    @Test
    void aNameRightBeforeAColonSpeaksWhenNoSubjectDoes() {
        List<Quote> q = quotes("The poll came out on Thursday.\n\nThe timing of the surge does not surprise Republican pollster Daniel Hartley: "
                + "\u201cLesser-known candidates who beat establishment candidates early have seen the biggest boost in national support.\u201d");
        assertThat(direct(q, "Lesser-known").speaker().text()).contains("Daniel Hartley");
    }

    @Test
    void aQuoteOpeningItsSentenceAndRunningOnHasItsCueLaterInIt() {
        List<Quote> q = quotes("The union vote split.\n\n\u201cFor rank-and-file teachers, he is saying a lot of the right things\u201d about fixing inequality "
                + "and public pay, said Marta Kilner, executive director of a teachers group.");
        assertThat(direct(q, "rank-and-file").speaker().text()).contains("Marta Kilner");
    }

    @Test
    void aLongSubjectAndAdjunctsBeforeACommaStillReachTheCue() {
        List<Quote> q = quotes("The family grew.\n\nClara Dunn, 35, the daughter of the former governor and the current senator, said on Twitter on Monday, "
                + "in reference to her first child, a girl born in 2014, \u201cNext summer, Anna is going to be a big sister! Feeling very blessed.\u201d");
        assertThat(direct(q, "Next summer").speaker().text()).startsWith("Clara Dunn");
    }

    @Test
    void aVerbAddedToAReportIsCoordinatedWithTheReportNotWithItsClause() {
        List<Quote> q = quotes("The count went on.\n\nAppearing before supporters on Monday, Mya Thein, 70, said it was too early to congratulate winners "
                + "but added, \u201cI think you all have an idea of the results by now.\u201d");
        assertThat(direct(q, "idea of the results").speaker().text()).startsWith("Mya Thein");
    }

    @Test
    void aNameWithItsPartyInParenthesesHeadsAnAppositive() {
        List<Quote> q = quotes("The senator has a big following.\n\nBut Sen. Richard Dorgan (D-Ill.), noting the size of the senator\u2019s following, said, "
                + "\u201cLet me tell you, he has got a heck of an email list.\u201d");
        assertThat(direct(q, "heck of an email").speaker().text()).contains("Dorgan");
    }

    @Test
    void aSentenceWithAReportOfItsOwnAfterAClosedQuoteDoesNotAttributeIt() {
        List<Quote> q = quotes("The debate went on.\n\nShe said that experts backed her plans, to which Mr. Kent interjected: \u201cIt is just not true at all.\u201d "
                + "He said the plan would not go far enough.");
        assertThat(direct(q, "not true at all").speaker().text()).endsWith("Kent");
        List<Quote> inverted = quotes("Readers answered.\n\n\u201cThey will burn for it, and the children are precious.\u201d wrote Pete Hidalgo.");
        assertThat(direct(inverted, "burn for it").speaker().text()).isEqualTo("Pete Hidalgo");
    }

    @Test
    void aNameAfterAParticipleFollowingTheQuoteDoesNotOutweighTheCueBeforeIt() {
        List<Quote> q = quotes("The club is closing.\n\nMr. Boring said the members will still meet for drinks, but said, \u201cIt is time we change how we do it,\u201d "
                + "promising the Friends of Abe will return to its roots.");
        assertThat(direct(q, "time we change").speaker().text()).contains("Boring");
    }

    @Test
    void aClauseRightAfterAReportingVerbIsItsObjectNotTheParticiplesSubject() {
        List<Quote> q = quotes("The book is out.\n\nMr. Byrne also wrote the guards knew to brace for the outbursts, saying, "
                + "\u201cThey did not happen every day, but behind closed doors we learned about them fast.\u201d");
        assertThat(direct(q, "behind closed doors").speaker().text()).endsWith("Byrne");
    }

    @Test
    void aSubjectModifiedByAParticiplePhraseIsHeadedByItsNoun() {
        List<Quote> q = quotes("The inquiry goes on.\n\nAnother intelligence source speaking to Fox News said, "
                + "\u201cThe agents are looking at the donations and the contracts that followed them.\u201d");
        assertThat(direct(q, "donations and the contracts").speaker().text()).startsWith("Another intelligence source");
    }

    @Test
    void aVerbInAnAdverbialClauseBeforeTheQuoteIsNotItsCue() {
        List<Quote> q = quotes("The inquiry goes on.\n\nMs. Clay initially said in the spring, when the email story broke, "
                + "\u201cI did not email any classified material to anyone on my email.\u201d");
        assertThat(direct(q, "classified material").speaker().text()).endsWith("Clay");
    }

    @Test
    void aDeterminerStandingForAPersonSpeaks() {
        List<Quote> q = quotes("Readers answered.\n\nMr. Waters tweeted, \u201cTwo of a kind who think they are above the rules.\u201d\n\n"
                + "Another tweeted, \u201cShe thinks she is above the rules and the law, so think how she would run things.\u201d");
        assertThat(direct(q, "above the rules and the law").speaker().text()).isEqualTo("Another");
    }

    @Test
    void aDescriptionBeforeAnAppositiveNameAfterAnInvertedCueNamesTheSpeaker() {
        List<Quote> q = quotes("Lawyers argued over the case on Monday.\n\n\u201cThe chances are better than even,\u201d said another leading "
                + "appeals court lawyer, Daniel R. Whitcombe.");
        Quote d = direct(q, "better than even");
        assertThat(d.cue()).isNotNull();
        assertThat(d.speaker().text()).endsWith("Daniel R. Whitcombe");
    }

    @Test
    void aHyphenatedModifierBeforeTheNameIsNotTheCue() {
        List<Quote> q = quotes("Polls moved this week.\n\n\u201cHarlan is sinking,\u201d Ohio-based Peter Vandermeer said. "
                + "\u201cHis support was always soft and now it is going away.\u201d");
        assertThat(direct(q, "Harlan is sinking").speaker().text()).isEqualTo("Peter Vandermeer");
        assertThat(direct(q, "always soft").speaker().text()).isEqualTo("Peter Vandermeer");
    }

    @Test
    void aQuoteOpeningItsSentenceGoesOnPastAConjunctionToItsCue() {
        List<Quote> q = quotes("Ads are everywhere.\n\n\u201cCandidates are struggling to raise money. The outside groups have it. "
                + "They have no choice\u201d but to pay for the ads themselves, says Owen Marsh, a Democratic media buyer.");
        assertThat(direct(q, "no choice").speaker().text()).startsWith("Owen Marsh");
    }

    @Test
    void aSentenceOfOnlySubjectAndReportingVerbAnnouncesTheNextQuote() {
        List<Quote> q = quotes("The field has narrowed.\n\n\u201cIt is a two-person race now,\u201d said Carl Dobbs, editor of a state blog.\n\n"
                + "Midland College's Rita Vance agreed. \u201cThe other candidates are running out of time to find an opening.\u201d");
        assertThat(direct(q, "running out of time").speaker().text()).endsWith("Rita Vance");
    }

    @Test
    void inTheWordsOfNamesTheSpeakerOfAShortQuote() {
        List<Quote> q = quotes("The library will be in Chicago.\n\nShe was, in the words of a senior aide, \u201cthe heir\u201d of his legacy.");
        assertThat(direct(q, "the heir").speaker().text()).isEqualTo("a senior aide");
    }

    @Test
    void aRelativeClauseAfterTheQuoteIsNotItsAttribution() {
        List<Quote> q = quotes("The show ran long.\n\nMs. Tate interjected, \u201cLadies and gentlemen, the one and only Mr. Dale Fenn,\u201d who then played a song.");
        assertThat(direct(q, "one and only").speaker().text()).endsWith("Tate");
    }

    @Test
    void aParticipleAfterTheQuoteHangsOnTheVerbThatIntroducedIt() {
        List<Quote> q = quotes("The debate turned to trade.\n\nWhen Mr. Boyle said Peru would sue, Mr. Ortiz shot back: "
                + "\u201cIf they sue us in a court in Texas, they are going to lose,\u201d referencing the many migrants there.");
        Quote d = direct(q, "going to lose");
        assertThat(d.speaker().text()).endsWith("Ortiz");
        assertThat(d.reportedBy()).isNull();
    }

    @Test
    void aCueAfterTheQuoteThatIntroducesTheNextQuoteIsThatOnes() {
        List<Quote> q = quotes("The crowd was loud.\n\nWhen someone in the back shouted, \u201cGomez,\u201d Beale joked, again using a fake drawl, "
                + "\u201cWelcome, friend! Come on up here!\u201d");
        assertThat(direct(q, "Gomez").speaker().text()).contains("someone in the back");
    }

    @Test
    void aRelativeClauseVerbInsideTheSubjectAfterTheQuoteIsNotTheCue() {
        List<Quote> q = quotes("Polls tightened.\n\n\u201cShe needs a plan for the third-party voters,\u201d Ned Sowell, the analyst who "
                + "founded a polling site tweeted on Wednesday.");
        assertThat(direct(q, "third-party voters").speaker()).isNotNull();
    }

    @Test
    void aPartyAndStateAfterTheNameIsItsAppositiveNotAPlace() {
        List<Quote> q = quotes("The session opened.\n\nSenate Majority Leader Dana Morrow, R-Ky., delivered a blunt message to Trump: "
                + "\u201cIt is time to stop attacking the people you ran against and get on with the campaign.\u201d");
        assertThat(direct(q, "stop attacking").speaker().text()).contains("Dana Morrow");
    }

    @Test
    void aCueWithAClauseOfItsOwnInTheNextSentenceIsNotTheQuotes() {
        List<Quote> q = quotes("The emails were released.\n\nIn 2010, after the senator fell ill, Mr. Pratt emailed her his wishes, "
                + "calling her by her first name and telling her, \u201cyou are a great player and we need you for the long haul!\u201d "
                + "She replied to him that it was a pleasure to serve.");
        assertThat(direct(q, "great player").speaker().text()).endsWith("Pratt");
    }

    @Test
    void aReportInParenthesesIsNotPartOfTheClauseReportedBeforeIt() {
        List<Quote> q = quotes("Most scholars accept the label for what it is (Anton Weiss, who coined the term, once said, "
                + "\u201cIt happened many times, first to one people, then to another\u201d). Others disagree.");
        Quote d = direct(q, "many times");
        assertThat(d.speaker().text()).startsWith("Anton Weiss");
        assertThat(d.reportedBy()).isNull();
    }

    @Test
    void aRelativeClauseLeftUnclosedAfterTheQuoteStillReachesTheCueAndItsHead() {
        List<Quote> q = quotes("The ad ran on Friday.\n\n\u201cThis new ad raises hard questions about whether the voters can trust him,\u201d "
                + "Kate Parr, who is chairman of the Better Future Fund said in a statement.");
        assertThat(direct(q, "hard questions").speaker().text()).startsWith("Kate Parr");
    }
}
