package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;

/** Indirect reports beyond "X said that …": preposed and parenthetical ones, learned cues, and who the speaker is. */
class IndirectReportTest {

    private static List<Quote> quotes(String text) { return QuotesOf.text(text); }

    private static Quote only(String text) {
        List<Quote> q = quotes("Some intro here.\n\n" + text);
        assertThat(q).hasSize(1);
        return q.get(0);
    }

    @Test
    void aReportBeforeItsAttributionIsTheContent() {
        Quote q = only("The Internet has greatly facilitated the spread of such misinformation, said Angie Holan, the editor.");
        assertThat(q.kind()).isEqualTo("indirect");
        assertThat(q.cue().lemma()).isEqualTo("say");
        assertThat(q.speaker().text()).startsWith("Angie Holan");
        assertThat(q.text()).isEqualTo("The Internet has greatly facilitated the spread of such misinformation");
    }

    @Test
    void aParentheticalAttributionSpansBothHalvesOfTheReport() {
        Quote q = only("If the law conflicts with God's orders, Rubio said, Christians must ignore the law.");
        assertThat(q.speaker().text()).isEqualTo("Rubio");
        assertThat(q.text()).startsWith("If the law conflicts").endsWith("must ignore the law");
    }

    @Test
    void aReportBeforeAnAppositiveSourceEndsAtTheSourcesComma() {
        Quote named = only("The company built the tool to help in times of crisis, Anna White, a spokeswoman, said on Saturday.");
        assertThat(named.speaker().text()).isEqualTo("Anna White, a spokeswoman");
        assertThat(named.text()).isEqualTo("The company built the tool to help in times of crisis");
        assertThat(only("The company built the tool to help in times of crisis, a spokeswoman, Anna White, said.").speaker().text())
                .isEqualTo("a spokeswoman, Anna White");
    }

    @Test
    void aClauseJoinedAfterAParentheticalAttributionIsNotTheReport() {
        // The writer's "and it works" is no part of what he added; the report must not hold its own attribution either.
        assertThat(only("The company built the tool last year, he added, and it works well.").text()).isEqualTo("The company built the tool last year");
    }

    @Test
    void aContrastingClauseWithItsOwnReportIsNotPartOfTheFirst() {
        // Two sources side by side: neither report holds the other.
        List<Quote> qs = quotes("Most voters said they were more likely to back him, while 9 percent found it a deterrent.");
        assertThat(qs).extracting(Quote::text).containsExactly("they were more likely to back him", "it a deterrent");
        assertThat(qs).extracting(Quote::reportedBy).containsOnlyNulls();
        assertThat(quotes("Other candidates said his history was fair game, though Mrs. Fiorina said she doubted voters would care."))
                .filteredOn(q -> q.cue().lemma().equals("say")).extracting(Quote::reportedBy).containsOnlyNulls();
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectAndReportIsNotPartOfTheFirst() {
        List<Quote> qs = quotes("The governor said hackers broke into the agency's computers and she accused the contractor of negligence.");
        assertThat(qs).extracting(Quote::reportedBy).containsOnlyNulls();
        assertThat(qs.get(0).text()).isEqualTo("hackers broke into the agency's computers");
        List<Quote> rs = quotes("The group claimed responsibility for the attack but officials have said they doubt the claim.");
        assertThat(rs).filteredOn(q -> q.cue().lemma().equals("say")).extracting(Quote::reportedBy).containsOnlyNulls();
    }

    @Test
    void aReportInAFrontedPhraseEndsWhereTheMainClauseReports() {
        List<Quote> qs = quotes("Like other club owners who foresee an upside in new offerings, Mr. Schmidt said he was building a new pool.");
        assertThat(qs).extracting(Quote::reportedBy).containsOnlyNulls();
        assertThat(qs).extracting(Quote::text).contains("he was building a new pool");
    }

    @Test
    void aTitleBeforeTheNameBelongsToTheParentheticalSource() {
        Quote q = only("In any case, Mr. DiPietro said, the golf industry was vastly over-supplied with courses.");
        assertThat(q.speaker().text()).isEqualTo("Mr. DiPietro");
        assertThat(q.text()).startsWith("In any case").endsWith("over-supplied with courses");
        assertThat(only("The tool was built to help in times of crisis, Ms. White said.").text()).isEqualTo("The tool was built to help in times of crisis");
    }

    @Test
    void whatSomeoneWantsIsTheirWant() {
        Quote q = only("Local officials want their money back from the company.");
        assertThat(q.cue().lemma()).isEqualTo("want");
        assertThat(q.speaker().text()).isEqualTo("Local officials");
        assertThat(q.text()).startsWith("their money back");
    }

    @Test
    void anObjectWithItsComplementIsWhatWasUrgedOrAlleged() {
        Quote urged = only("She urged the administration to join a coalition against the regime.");
        assertThat(urged.speaker().text()).isEqualTo("She");
        assertThat(urged.text()).isEqualTo("the administration to join a coalition against the regime");
        assertThat(only("Mrs. Clinton accused him of sexism.").text()).isEqualTo("him of sexism");
        assertThat(only("Many developers see golf courses as wasted space.").text()).isEqualTo("golf courses as wasted space");
        // What was asked is the question, not the one asked.
        assertThat(only("HuffPost asked him whether he had been preparing for the job.").text()).isEqualTo("whether he had been preparing for the job");
        assertThat(quotes("Some intro here.\n\nI see him every day at the office.")).isEmpty();
    }

    @Test
    void anAttributionInsideARelativeClauseReportsThatClause() {
        Quote q = only("The rule, which officials said will go into effect in the next few months, covers millions of workers.");
        assertThat(q.speaker().text()).isEqualTo("officials");
        assertThat(q.text()).isEqualTo("which officials said will go into effect in the next few months");
        assertThat(only("The plant makes parts for a sector that many economists say is the future of the region.").text())
                .isEqualTo("that many economists say is the future of the region");
    }

    @Test
    void aThatClauseMayComeAfterALongAdverbial() {
        Quote q = only("Adelson said earlier on Friday during a news conference that he may wait until the primaries.");
        assertThat(q.speaker().text()).isEqualTo("Adelson");
        assertThat(q.text()).isEqualTo("he may wait until the primaries");
        assertThat(only("Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.").text())
                .isEqualTo("he is not giving up");
    }

    @Test
    void aHeadlineLabelNamesItsSourceByASurnameOrASourceNoun() {
        List<Quote> q = quotes("Sanders: Clinton Email Story Has Moved.\n\nBernie Sanders said on Sunday that voters care about jobs.");
        assertThat(q).anyMatch(x -> x.cue().text().equals(":") && x.speaker().text().equals("Sanders") && x.text().startsWith("Clinton Email Story"));
        assertThat(quotes("Poll: Sanders Leads Clinton Nationally.\n\nThe survey of 1,000 voters was taken last week."))
                .anyMatch(x -> x.cue().text().equals(":") && x.speaker().text().equals("Poll"));
        assertThat(quotes("Delegate Update: The latest count in the race.\n\nThe count changed again on Sunday.")).isEmpty();
    }

    @Test
    void aPredicateResumingAfterAParentheticalAttributionIsPartOfTheReport() {
        Quote q = only("Pivoting to deficit reduction too soon, a wide array of economists say, limited the economic recovery.");
        assertThat(q.speaker().text()).isEqualTo("a wide array of economists");
        assertThat(q.text()).startsWith("Pivoting to deficit reduction").endsWith("limited the economic recovery");
    }

    @Test
    void aPollProportionIsTheSpeaker() {
        Quote q = only("Six in 10 said he is at least somewhat decisive in his dealings with Congress.");
        assertThat(q.speaker().text()).isEqualTo("Six in 10");
        assertThat(only("About 4 in 10 say the economy is getting worse.").speaker().text()).isEqualTo("About 4 in 10");
    }

    @Test
    void anAttributionAfterAPhraseWithoutAVerbIsNotAReport() {
        assertThat(quotes("Some intro here.\n\nOn Tuesday, Rubio said.")).isEmpty();
    }

    @Test
    void aShortQuotedWordInsideAThatClauseBelongsToTheClause() {
        Quote q = only("Llosa told the newspaper that Trump's comments about immigrants were \"intolerable.\"");
        assertThat(q.kind()).isEqualTo("mixed");
        assertThat(q.speaker().text()).isEqualTo("Llosa");
        assertThat(q.text()).startsWith("Trump's comments about immigrants were");
    }

    @Test
    void theSubjectOfTheVerbACueDependsOnIsTheSpeaker() {
        assertThat(only("Lewandowski continued to say he had never touched the reporter.").speaker().text()).isEqualTo("Lewandowski");
        assertThat(only("Sandra Inman, a supporter from Jackson, Miss., said she could not vote for him.").speaker().text())
                .startsWith("Sandra Inman");
    }

    @Test
    void aParticipleAfterANounIsNotACueOfThatNoun() {
        List<Quote> q = quotes("Some intro here.\n\nIn an interview with CNN published on Monday, the general described the plans.");
        assertThat(q).noneMatch(x -> x.speaker() != null && x.speaker().text().equals("CNN"));
    }

    @Test
    void learnedCuesReportPositionsTheHandListDoesNotHold() {
        Cues cues = Cues.standard();
        assertThat(cues.get("oppose")).isNull();
        assertThat(cues.reporting("oppose")).isNotNull().extracting(Cues.Cue::kind).isEqualTo("belief");
        assertThat(cues.reporting("say")).isSameAs(cues.get("say"));
        assertThat(cues.reporting("eat")).isNull();
        Quote q = only("Clinton opposes the trade deal with Asia.");
        assertThat(q.cue().lemma()).isEqualTo("oppose");
        assertThat(q.speaker().text()).isEqualTo("Clinton");
        assertThat(q.text()).startsWith("the trade deal");
    }

    @Test
    void aPollOrStatementTheReportIsInIsItsSource() {
        Quote q = only("In a Washington Post-ABC News poll released Sunday, the former governor took just 6 percent of the national vote.");
        assertThat(q.cue().lemma()).isEqualTo("in");
        assertThat(q.speaker().text()).contains("poll");
        assertThat(q.text()).startsWith("the former governor took");
    }

    @Test
    void aSourcePhraseBeforeAReportWithItsOwnVerbIsItsMediumNotASource() {
        List<Quote> q = quotes("Some intro here.\n\nIn an interview with CNN, the general said the group was planning attacks on prisons.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.cue().lemma()).isEqualTo("say"));
    }

    @Test
    void aLongAccordingToPhraseIsTheSourceWhateverItEndsWith() {
        Quote q = only("According to a January 2016 study by the Pew Research Center based on census data from 2014, eligible voters skew younger.");
        assertThat(q.cue().text()).isEqualTo("according to");
        assertThat(q.speaker().text()).startsWith("a January 2016 study");
        assertThat(q.text()).isEqualTo("eligible voters skew younger");
    }

    @Test
    void aVerbOfForceIsAnActNotAReportWhateverPoliticalNewsMakesOfIt() {
        assertThat(quotes("Fighting went on.\n\nThe rebels attacked the army base near Aleppo on Sunday.")).isEmpty();
    }

    @Test
    void aNameWithAnAppositiveAndARelativeClauseIsTheSpeaker() {
        assertThat(only("Skip Rutherford, a longtime Clinton loyalist and dean of the University of Arkansas Clinton School of Public Service, "
                + "who has known the Clintons for decades, said the race was close.").speaker().text()).startsWith("Skip Rutherford");
        assertThat(only("Russell Wheeler, a visiting fellow at the Brookings Institution, said Trump could file a complaint.").speaker().text())
                .startsWith("Russell Wheeler");
        assertThat(only("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said other rabbis were alarmed.").speaker().text())
                .startsWith("Jeffrey Salkin");
    }

    @Test
    void aNounOfSayingWithAThatClauseReportsItAndItsPossessorHoldsIt() {
        Quote q = only("Trump's recent assertion that thousands of Muslims celebrated in New Jersey drew criticism.");
        assertThat(q.cue().lemma()).isEqualTo("assertion");
        assertThat(q.speaker().text()).isEqualTo("Trump");
        assertThat(q.text()).startsWith("thousands of Muslims celebrated");
        // A noun of believing needs its holder; a relative "that" is no report.
        assertThat(quotes("Some intro here.\n\nThe belief that markets correct themselves is widespread.")).isEmpty();
        assertThat(quotes("Some intro here.\n\nThe claim that was made on Tuesday was false.")).isEmpty();
    }

    @Test
    void aSecondVerbSharesTheSubjectAndAClosingAttributionReportsTheWholeSentence() {
        List<Quote> q = quotes("Some intro here.\n\nEggleston expressed concern about the letter and said it could hurt the administration's strategy, "
                + "people familiar with the session said.");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.cue().lemma()).isEqualTo("say");
            assertThat(x.speaker().text()).isEqualTo("Eggleston");
            assertThat(x.text()).isEqualTo("it could hurt the administration's strategy");
        });
        assertThat(q).anySatisfy(x -> {
            assertThat(x.speaker().text()).isEqualTo("people familiar with the session");
            assertThat(x.text()).startsWith("Eggleston expressed concern");
        });
    }

    @Test
    void aShortQuotedTitleBeforeACueWithItsOwnClauseIsNotWhatItReports() {
        List<Quote> q = quotes("Some intro here.\n\nHemsley, the co-author of \"Going Viral,\" about the rapid spread of information, said the days when "
                + "the nation had \"a somewhat unifying story\" from newspapers are gone.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("mixed");
            assertThat(x.speaker().text()).startsWith("Hemsley");
            assertThat(x.text()).startsWith("the days when");
        });
    }
    private static String speakerOf(String text, String lemma) {
        return quotes("Some intro here.\n\n" + text).stream().filter(q -> q.cue() != null && q.cue().lemma().equals(lemma) && q.speaker() != null)
                .map(q -> q.speaker().text()).findFirst().orElse(null);
    }

    @Test
    void theSubjectIsFoundPastCoordinationParticiplesPartitivesAndAppositives() {
        // A quoted phrase or a list of verbs before "and said" still shares the first verb's subject.
        assertThat(speakerOf("Morales called the plan and its authors “reckless” and said the council would vote against it next week.", "say")).isEqualTo("Morales");
        assertThat(speakerOf("Later the organizers changed course, opened the doors and said they would count ballots in the hall.", "say")).isEqualTo("the organizers");
        // A noun with a participle and a time: the phrase is the subject.
        assertThat(speakerOf("A court filing released Friday says the company will not face charges over the spill.", "say")).isEqualTo("A court filing released Friday");
        assertThat(speakerOf("Even before the strike, most of them said they enjoyed working at the plant.", "say")).isEqualTo("most of them");
        assertThat(speakerOf("Younger voters are far more likely to say that the economy is their top concern.", "say")).isEqualTo("Younger voters");
        assertThat(speakerOf("Martha Quinn, 64, who lives near Dayton, says she had never heard of the candidate before.", "say")).startsWith("Martha Quinn");
        assertThat(speakerOf("Tom Becker — a farmer from Ames — says he decided at the last minute to vote for the senator.", "say")).startsWith("Tom Becker");
    }
    @Test
    void aClauseAfterTheObjectOfTellingNeedsNoThat() {
        Quote q = quotes("Some intro here.\n\nThe mayor told a crowd gathered in Lyon she would veto the budget.").stream()
                .filter(x -> x.cue().lemma().equals("tell")).findFirst().orElseThrow();
        assertThat(q.speaker().text()).isEqualTo("The mayor");
        assertThat(q.text()).isEqualTo("she would veto the budget");
        assertThat(speakerOf("A farmer in Salem, Oregon, told him she worries about the drought.", "tell")).isEqualTo("A farmer in Salem, Oregon");
        assertThat(speakerOf("The coach told reporters they had played their best game of the season.", "tell")).isEqualTo("The coach");
    }
    @Test
    void aRepeatedVerbAndARelativeClauseDoNotHideTheSubject() {
        List<Quote> q = quotes("Some intro here.\n\nShe said the new rules have hurt small farms and said that the ministry ignored their letters.");
        assertThat(q).filteredOn(x -> x.cue().lemma().equals("say")).extracting(x -> x.speaker().text()).containsOnly("She");
        assertThat(speakerOf("Nurses who spoke with the local paper said the ward had been closed for weeks.", "say")).startsWith("Nurses");
        assertThat(speakerOf("The mayor conceded that the bridge that opened last year was too narrow, but said the city would widen it.", "say"))
                .isEqualTo("The mayor");
    }
    @Test
    void aSubjectIsFoundPastAQuotedTitleARelativeInsideAnAppositiveAndAnInfinitiveOfPurpose() {
        assertThat(speakerOf("Ana Ruiz, host of the radio show “Open Line,” suggested the council had ignored the flooding for years.", "suggest"))
                .startsWith("Ana Ruiz");
        assertThat(speakerOf("Local organizer Paul Grant, dressed in a jacket with badges that spelled his slogan, said the rally would go on.", "say"))
                .contains("Paul Grant");
        assertThat(speakerOf("The governor, who is seeking a third term, wrote on Monday to say she had never backed the pipeline.", "say"))
                .startsWith("The governor");
    }
    @Test
    void aTimePhraseOrARelativeClauseInTheFirstConjunctDoesNotHideTheSubject() {
        assertThat(speakerOf("The senator at the time said he would never support the merger.", "say")).isEqualTo("The senator");
        assertThat(speakerOf("The neighbors called him a reckless landlord who has ignored the repairs for years, and urged the city to act.", "urge"))
                .isEqualTo("The neighbors");
    }
    @Test
    void aParenthesisedNameAFloatingQuantifierAndACommaBeforeThenKeepTheSubject() {
        assertThat(speakerOf("Rep. Dana Hill (D-Ore.), chair of the budget panel, said the agency had overspent for years.", "say")).contains("Dana Hill (D-Ore.)");
        assertThat(speakerOf("The two mayors both stressed that the budget was not all bad news.", "stress")).isEqualTo("The two mayors");
        assertThat(speakerOf("The governor paused, then explained that the vote had been delayed by the storm.", "explain")).isEqualTo("The governor");
        assertThat(speakerOf("A Quinnipiac poll for The Boston Globe released last week showed the senator trailing by nine points.", "show"))
                .contains("released last week");
        assertThat(speakerOf("The spokesman wouldn’t say whether the plant would close next year.", "say")).isEqualTo("The spokesman");
    }
    @Test
    void afterACommaASecondVerbGoesWithTheReportingVerbNotWithWhatItReported() {
        assertThat(speakerOf("The minister said the report showed that the agency did not know what it was doing, and accused the board of hiding losses.", "accuse"))
                .isEqualTo("The minister");
    }

    @Test
    void aParticipleOpeningTheSentenceHasTheMainClausesSubject() {
        // The stance inside the content ("nervous about the meeting") nests under it.
        List<Quote> all = quotes("Some intro here.\n\nAfter saying that he was nervous about the meeting, the farmer ended up at the front of the room.");
        List<Quote> top = all.stream().filter(r -> r.reportedBy() == null).toList();
        assertThat(top).hasSize(1);
        Quote q = top.get(0);
        assertThat(q.speaker().text()).isEqualTo("the farmer");
        assertThat(q.text()).isEqualTo("he was nervous about the meeting");
    }

    @Test
    void aPassiveReportsSourceIsItsAgent() {
        Quote q = only("The senator has been criticized by some of his rivals for skipping the votes.");
        assertThat(q.cue().lemma()).isEqualTo("criticize");
        assertThat(q.speaker().text()).isEqualTo("some of his rivals");
    }

    @Test
    void aReportInsideARelativeClauseEndsBeforeTheMainClausesReport() {
        List<Quote> q = quotes("Some intro here.\n\nMorales, who said he usually votes for the party, said the governor he likes best is Smith.");
        assertThat(q).anySatisfy(r -> {
            assertThat(r.speaker().text()).isEqualTo("who");
            assertThat(r.text()).isEqualTo("he usually votes for the party");
        });
        assertThat(q).anySatisfy(r -> {
            assertThat(r.speaker().text()).startsWith("Morales");
            assertThat(r.text()).isEqualTo("the governor he likes best is Smith");
            assertThat(r.reportedBy()).isNull();
        });
    }

    @Test
    void aParticipleAfterAPhrasalVerbsObjectHasThatVerbsSubject() {
        Quote q = only("The campaign put out a statement saying the senator had done nothing wrong.");
        assertThat(q.speaker().text()).isEqualTo("The campaign");
        assertThat(q.text()).isEqualTo("the senator had done nothing wrong");
    }
}
