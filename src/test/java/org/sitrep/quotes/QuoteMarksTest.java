package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> contents(String text) {
        return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void curlyAndStraight() {
        assertThat(contents("He said “we will win,” and left. She said \"no way\" twice."))
                .containsExactly("we will win,", "no way");
    }

    @Test
    void twoApostrophesAreADoubleMarkButPossessivesAndTriplesAreNot() {
        assertThat(contents("''We're in a bubble,'' Mr. Trump said. The voters' mood, he said, ''is sour.''"))
                .containsExactly("We're in a bubble,", "is sour.");
        assertThat(contents("The voters' mood and the ''' mark stay as they are.")).isEmpty();
    }

    @Test
    void threeApostrophesCloseAnInnerAndAnOuterQuoteTogether() {
        assertThat(contents("''We are told, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''"))
                .containsExactly("We are told, 'Kosovo is a special case,'", "It is all lies.");
        assertThat(contents("He said '''Hey, he's for real,' I told them,'' twice.")).containsExactly("'Hey, he's for real,' I told them,");
    }

    @Test
    void aCurlyQuoteClosedWithAStraightOrAnOpeningMarkEndsThere() {
        assertThat(contents("“It's unusual,“ said Larry Noble. “It is rare.”")).containsExactly("It's unusual,", "It is rare.");
        assertThat(contents("“We’re going to build a wall,\" he said. \"It’s going to be built.”")).containsExactly("We’re going to build a wall,", "It’s going to be built.");
    }

    @Test
    void typewriterQuoteRunningOverParagraphs() {
        assertThat(contents("''The first part goes on\n\n''and ends here,'' she said."))
                .containsExactly("The first part goes on\n\n''and ends here,");
    }

    @Test
    void straightQuoteRunningOverParagraphs() {
        assertThat(contents("\"The first part goes on\n\n\"and ends here,\" she said. Then \"another\" one."))
                .containsExactly("The first part goes on\n\n\"and ends here,", "another");
    }

    @Test
    void missingOpeningMarkStartsAtTheParagraph() {
        String text = "First paragraph.\n\nThey have crossed the border. They paid smugglers,” he told CNN.";
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        assertThat(spans).hasSize(1);
        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("They have crossed the border. They paid smugglers,");
        assertThat(spans.get(0).openMissing()).isTrue();
    }

    @Test
    void quoteRunningOverParagraphs() {
        String text = "“The first part goes on\n\n“and the second part ends here,” she said.";
        assertThat(contents(text)).containsExactly("The first part goes on\n\n“and the second part ends here,");
    }

    @Test
    void unclosedQuoteEndsWithItsParagraphWhenTheNextDoesNotReopen() {
        assertThat(contents("He said “this never closes\n\nA new paragraph.")).containsExactly("this never closes");
    }

    @Test
    void neverFailsOnArbitraryMarks() {
        Random random = new Random(7);
        char[] alphabet = {'a', ' ', '"', '“', '”', '«', '»', '\n', '.', '\''};
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String text = sb.toString();
            for (QuoteMarks.Span s : QuoteMarks.find(text)) {
                assertThat(s.start()).isBetween(0, text.length());
                assertThat(s.end()).isBetween(s.start(), text.length());
            }
        }
    }
}
