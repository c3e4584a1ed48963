package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;

class NewsDatesTest {

    /** Tokens from "word/POS" pairs separated by spaces, with offsets as if joined by single spaces. */
    private static List<Token> sentence(String tagged) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String wp : tagged.split(" ")) {
            int slash = wp.lastIndexOf('/');
            String w = wp.substring(0, slash);
            out.add(new Token(out.size(), 0, w, offset, offset + w.length(), wp.substring(slash + 1), w, "O"));
            offset += w.length() + 1;
        }
        return out;
    }

    private static String resolve(String tagged, String expression, String type, String sutimeValue, String ref) {
        List<Token> tokens = sentence(tagged);
        Token first = tokens.stream().filter(t -> expression.startsWith(t.word())).findFirst().orElseThrow();
        TimeExpression t = new TimeExpression(expression, type, sutimeValue, first.start(), first.start() + expression.length(), 0);
        return NewsDates.resolve(t, LocalDate.parse(ref), tokens).value();
    }

    @Test
    void aWeekdayInAPastTenseSentenceIsTheLatestOne() {
        // 1989-10-30 is a Monday; SUTime puts "Friday" in the coming week.
        assertThat(resolve("Mr./NNP Gerstner/NNP said/VBD Friday/NNP ./.", "Friday", "DATE", "1989-11-03", "1989-10-30"))
                .isEqualTo("1989-10-27");
    }

    @Test
    void aWeekdayAfterAFutureModalIsTheNextOne() {
        // 1990-08-15 is a Wednesday.
        assertThat(resolve("The/DT monarch/NN will/MD meet/VB Bush/NNP on/IN Thursday/NNP", "Thursday", "DATE", "1990-08-09", "1990-08-15"))
                .isEqualTo("1990-08-16");
    }

    @Test
    void aMonthDayWithoutYearFollowsTheTense() {
        assertThat(resolve("the/DT quarter/NN ended/VBD March/NNP 31/CD", "March 31", "DATE", "1990-03-31", "1989-11-02"))
                .isEqualTo("1989-03-31");
        assertThat(resolve("profit/NN rose/VBD in/IN the/DT third-quarter/JJ", "third-quarter", "DATE", "1990-Q3", "1989-10-30"))
                .isEqualTo("1989-Q3");
        // Near the reference date the nearest year wins whatever the tense.
        assertThat(resolve("talks/NNS ended/VBD Jan./NNP 14/CD", "Jan. 14", "DATE", "1999-01-14", "2000-01-10")).isEqualTo("2000-01-14");
    }

    @Test
    void aYearAgoIsAYearOrInEarningsNewsTheSameQuarter() {
        assertThat(resolve("prices/NNS were/VBD higher/JJR a/DT year/NN ago/RB", "a year ago", "DATE", "1988-10-30", "1989-10-30"))
                .isEqualTo("1988");
        assertThat(resolve("quarter/NN profit/NN fell/VBD from/IN a/DT year/NN ago/RB", "a year ago", "DATE", "1988-10-30", "1989-10-30"))
                .isEqualTo("1988-Q3");
        assertThat(resolve("it/PRP opened/VBD six/CD weeks/NNS ago/RB", "six weeks ago", "DATE", "1998-01-18", "1998-03-01"))
                .isEqualTo("1998-W03");
    }

    @Test
    void decadesAndTimeZonesTakeTimeMlForm() {
        assertThat(resolve("in/IN the/DT 1970s/CD", "1970s", "SET", "197X", "1998-01-01")).isEqualTo("197");
        assertThat(resolve("at/IN 5/CD p.m./NN EST/NNP", "5 p.m. EST", "TIME", "1989-11-09T17:00-0500", "1989-11-09"))
                .isEqualTo("1989-11-09T17:00");
    }

    @Test
    void agesAndVagueAdverbsAreNotTimes() {
        assertThat(NewsDates.notATime("6-year-old")).isTrue();
        assertThat(NewsDates.notATime("once")).isTrue();
        assertThat(NewsDates.notATime("Friday")).isFalse();
        assertThat(NewsDates.notATime("two years")).isFalse();
    }
}
