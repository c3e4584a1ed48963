package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.TimeExpression;

class RelativePhrasesTest {

    private static final LocalDate REF = LocalDate.parse("1998-03-03");

    private static String resolve(String words, String sutime) {
        return RelativePhrases.resolve(new TimeExpression(words, "DATE", sutime, 0, words.length(), 0), REF).value();
    }

    @Test
    void thePastYearIsTheYearBefore() {
        assertThat(resolve("the past year", "1998")).isEqualTo("1997");
        assertThat(resolve("the past month", "1998-03")).isEqualTo("1998-02");
        assertThat(resolve("the past week", "1998-W10")).isEqualTo("1998-W09");
        // A counted span is another expression.
        assertThat(resolve("the past two years", "P2Y")).isEqualTo("P2Y");
    }

    @Test
    void anUncountedTimeAgoIsThePast() {
        assertThat(resolve("several years ago", "1997-03-03")).isEqualTo("PAST_REF");
        assertThat(resolve("a few years ago", "1997-03-03")).isEqualTo("PAST_REF");
        assertThat(resolve("two years ago", "1996")).isEqualTo("1996");
    }
}
