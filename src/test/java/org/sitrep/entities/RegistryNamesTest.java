package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Sentence;

/** Known multi-word names repair the tagger's fragments, over hand-made tokens and a small registry. */
class RegistryNamesTest {

    private static final ActorRegistry REGISTRY = ActorRegistry.of(List.of(
            ActorRegistry.Actor.fromRow("curated\tIslamic State\tIMGMUSISI\tISIS|Islamic State of Iraq and the Levant"),
            ActorRegistry.Actor.fromRow("curated\tSyrian Democratic Forces\tSYRREB\tSDF"),
            ActorRegistry.Actor.fromRow("curated\tPeople's Protection Units\tSYRREB\tYPG"),
            ActorRegistry.Actor.fromRow("nonstate\tNew Order\tXXXREB\t"),
            ActorRegistry.Actor.fromRow("international\tWorld Bank\tIGOWBK\tWorld Bank President"),
            ActorRegistry.Actor.fromRow("national\tAhmed Ali\tIRQGOV\t"),
            ActorRegistry.Actor.fromRow("nonstate\tHamas\tPSEREB\t"),
            ActorRegistry.Actor.fromRow("curated\tal-Shabaab\tSOMREB\t"),
            ActorRegistry.Actor.fromRow("nonstate\tMay 15\tPSEREB\tMay 15 Organization"),
            ActorRegistry.Actor.fromRow("international\tHumane Society of the United States\tNGOUSA\t"),
            ActorRegistry.Actor.fromRow("international\tSecretary-General Ban Ki-moon\tIGOUNO@2007-01-01..\tBan Ki-moon"),
            ActorRegistry.Actor.fromRow("international\tBill and Melinda Gates Foundation\tNGODEVUSA\t"),
            ActorRegistry.Actor.fromRow("nonstate\tBlack Friday\tTURREB\t")), Map.of("security forces", "~MIL"));

    private static final MentionFinder FINDER = new MentionFinder(Lexicon.standard(), new RegistryNames(REGISTRY, Lexicon.standard()));

    /** "word/POS/NER" tokens of one sentence, written as text with a space before each but clitics and punctuation. */
    private static Annotated tagged(String spec) {
        List<Token> toks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String t : spec.split(" ")) {
            String[] f = t.split("/");
            if (!text.isEmpty() && !f[0].matches("'s|[.,]")) text.append(' ');
            int at = text.length();
            text.append(f[0]);
            toks.add(new Token(toks.size(), 0, f[0], at, at + f[0].length(), f[1], f[0].toLowerCase(), f[2]));
        }
        return new Annotated(text.toString(), List.of(new Sentence(0, 0, text.length())), toks, List.of());
    }

    private static List<String> found(Annotated a) {
        return FINDER.find(a, 0).stream().map(c -> c.text() + "/" + c.type()).toList();
    }

    @Test
    void splitNameIsRepairedIntoOneOrganisation() {
        Annotated a = tagged("Islamic/NNP/MISC State/NNP/O fighters/NNS/O attacked/VBD/O ,/,/O the/DT/O Syrian/JJ/O"
                + " Democratic/NNP/MISC Forces/NNPS/MISC said/VBD/O ./PUNCT/O");
        assertThat(found(a)).containsExactly("Islamic State/ORGANIZATION", "Syrian Democratic Forces/ORGANIZATION");
    }

    @Test
    void possessiveInsideANameIsPartOfIt() {
        Annotated a = tagged("People/NNS/O 's/POS/O Protection/NNP/ORGANIZATION Units/NNPS/ORGANIZATION fighters/NNS/O"
                + " clashed/VBD/O ./PUNCT/O");
        assertThat(found(a)).containsExactly("People's Protection Units/ORGANIZATION");
    }

    @Test
    void longerNameTheTaggerFoundIsKept() {
        Annotated a = tagged("Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION of/IN/ORGANIZATION Iraq/NNP/ORGANIZATION"
                + " and/CC/ORGANIZATION the/DT/ORGANIZATION Levant/NNP/ORGANIZATION Committee/NNP/ORGANIZATION said/VBD/O");
        assertThat(found(a)).containsExactly("Islamic State of Iraq and the Levant Committee/ORGANIZATION");
    }

    @Test
    void crossingCandidateKeepsItsPartOutsideTheName() {
        Annotated a = tagged("Islamic/NNP/ORGANIZATION State/NNP/PERSON Abu/NNP/PERSON Bakr/NNP/PERSON spoke/VBD/O");
        assertThat(found(a)).containsExactly("Islamic State/ORGANIZATION", "Abu Bakr/PERSON");
    }

    @Test
    void lowercasePhraseIsNotAName() {
        Annotated a = tagged("The/DT/O new/JJ/O order/NN/O of/IN/O islamic/JJ/O state/NN/O affairs/NNS/O began/VBD/O ./PUNCT/O");
        assertThat(found(a)).isEmpty();
    }

    @Test
    void singleWordIsNeverMatched() {
        // "al-Shabaab" is two words to the registry's key but one token: no name of one token is looked for.
        Annotated a = tagged("Hamas/NNP/O and/CC/O al-Shabaab/NNP/O and/CC/O State/NNP/O officials/NNS/O met/VBD/O ./PUNCT/O");
        assertThat(new RegistryNames(REGISTRY, Lexicon.standard()).matches(a, 0)).isEmpty();
        assertThat(found(a)).isEmpty();
    }

    @Test
    void onlyOrganisationKindsAndNoTitledAliases() {
        // "Ahmed Ali" is a national entry (a person: the tagger's business); "World Bank President" ends in a title.
        Annotated a = tagged("Ahmed/NNP/O Ali/NNP/O met/VBD/O World/NNP/ORGANIZATION Bank/NNP/ORGANIZATION President/NNP/O"
                + " Ajay/NNP/PERSON Banga/NNP/PERSON today/NN/O ./PUNCT/O");
        assertThat(found(a)).containsExactly("World Bank/ORGANIZATION", "Ajay Banga/PERSON");
    }

    @Test
    void nameTheTaggerMissedIsTakenInProseButNotInAHeadline() {
        Annotated prose = tagged("Members/NNS/O of/IN/O New/NNP/O Order/NNP/O were/VBD/O arrested/VBN/O yesterday/NN/O ./PUNCT/O");
        assertThat(found(prose)).containsExactly("New Order/ORGANIZATION");
        Annotated headline = tagged("New/NNP/O Order/NNP/O Arrives/VBZ/O Before/IN/O Winter/NNP/O Storms/NNS/O");
        assertThat(found(headline)).isEmpty();
    }

    @Test
    void aNameMustEndInACapitalisedWord() {
        Annotated date = tagged("Talks/NNS/O resume/VBP/O on/IN/O May/NNP/O 15/CD/O ./PUNCT/O");
        assertThat(found(date)).isEmpty();
        Annotated group = tagged("Members/NNS/O of/IN/O the/DT/O May/NNP/O 15/CD/O Organization/NNP/O were/VBD/O held/VBN/O ./PUNCT/O");
        assertThat(found(group)).containsExactly("May 15 Organization/ORGANIZATION");
    }

    @Test
    void aCountryInsideAKnownNameJoinsIt() {
        Annotated a = tagged("The/DT/O Humane/NNP/ORGANIZATION Society/NNP/ORGANIZATION of/IN/O the/DT/O United/NNP/LOCATION"
                + " States/NNPS/LOCATION estimates/VBZ/O costs/NNS/O ./PUNCT/O");
        assertThat(found(a)).containsExactly("Humane Society of the United States/ORGANIZATION");
    }

    @Test
    void officeHolderIsAPersonAndAFoundationAnOrganisation() {
        Annotated a = tagged("Ban/NNP/O Ki-moon/NNP/O thanked/VBD/O the/DT/O Bill/NNP/PERSON and/CC/O Melinda/NNP/PERSON"
                + " Gates/NNP/PERSON Foundation/NNP/PERSON ./PUNCT/O");
        assertThat(found(a)).containsExactly("Ban Ki-moon/PERSON", "Bill and Melinda Gates Foundation/ORGANIZATION");
    }

    @Test
    void aGroupNamedLikeADayIsTheDay() {
        Annotated a = tagged("Shoppers/NNS/O crowded/VBD/O stores/NNS/O on/IN/O Black/NNP/LOCATION Friday/NNP/O ./PUNCT/O");
        assertThat(found(a)).containsExactly("Black/LOCATION");
    }

    @Test
    void firstWordHashIsTheKeysFirstWordsHash() {
        for (String w : List.of("Islamic", "al-Qaeda", "U.S.", "People's", "Workers’", "SDF")) {
            String key = ActorRegistry.key(w);
            int space = key.indexOf(' ');
            assertThat(RegistryNames.firstWordHash(w)).as(w).isEqualTo((space < 0 ? key : key.substring(0, space)).hashCode());
        }
    }
}
