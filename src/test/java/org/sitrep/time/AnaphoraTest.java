package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.TimeExpression;

class AnaphoraTest {

    /** Resolves the expressions given as "words=TYPE value" pairs, each the first occurrence of its words in {@code text}. */
    private static List<String> resolve(String text, String... found) {
        List<TimeExpression> times = new ArrayList<>();
        for (String f : found) {
            String words = f.substring(0, f.indexOf('=')), rest = f.substring(f.indexOf('=') + 1);
            int start = text.indexOf(words);
            times.add(new TimeExpression(words, rest.split(" ")[0], rest.split(" ")[1], start, start + words.length(), 0));
        }
        return Anaphora.resolve(times, text).stream().map(t -> t.text() + "=" + t.type() + " " + t.value()).toList();
    }

    @Test
    void thatYearIsTheYearLastNamed() {
        assertThat(resolve("He fled in June 1998 and returned later that year.", "June 1998=DATE 1998-06", "year=DURATION P1Y"))
                .containsExactly("June 1998=DATE 1998-06", "later that year=DATE 1998");
        // Without a date before it, SUTime's reading stands.
        assertThat(resolve("imports that year rose", "year=DURATION P1Y")).containsExactly("year=DURATION P1Y");
        // "a year" is a length, not a pointer.
        assertThat(resolve("In 1995 he spent a year there.", "1995=DATE 1995", "year=DURATION P1Y"))
                .containsExactly("1995=DATE 1995", "year=DURATION P1Y");
    }

    @Test
    void theFollowingYearOrMonthCountsFromTheDateLastNamed() {
        assertThat(resolve("On May 22, 1995, he was promoted, and the following year he left.",
                "May 22, 1995=DATE 1995-05-22", "the following year=DATE 1999"))
                .containsExactly("May 22, 1995=DATE 1995-05-22", "the following year=DATE 1996");
        assertThat(resolve("In March 1989 it met. The following month, it was sold.", "March 1989=DATE 1989-03", "The following month=DATE 1989-11"))
                .containsExactly("March 1989=DATE 1989-03", "The following month=DATE 1989-04");
    }
}
