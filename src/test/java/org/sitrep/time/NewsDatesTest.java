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

    @Test
    void forwardLookingWordsMakeAWeekdayTheNextOne() {
        // 2000-04-03 is a Monday.
        assertThat(resolve("they/PRP might/MD come/VB as/RB soon/RB as/IN Tuesday/NNP", "Tuesday", "DATE", "2000-03-28", "2000-04-03"))
                .isEqualTo("2000-04-04");
        assertThat(resolve("officials/NNS postponed/VBD until/IN Tuesday/NNP any/DT action/NN", "Tuesday", "DATE", "2000-03-28", "2000-04-03"))
                .isEqualTo("2000-04-04");
        assertThat(resolve("he/PRP has/VBZ scheduled/VBN a/DT news/NN conference/NN Thursday/NNP", "Thursday", "DATE", "2000-03-30", "2000-04-03"))
                .isEqualTo("2000-04-06");
        assertThat(resolve("he/PRP would/MD be/VB traveling/VBG Thursday/NNP", "Thursday", "DATE", "2000-03-30", "2000-04-03"))
                .isEqualTo("2000-04-06");
    }

    @Test
    void anInfinitiveMakesAWeekdayTheNextOne() {
        // 1989-11-02 is a Thursday: "is scheduled to close Monday" is the coming Monday.
        assertThat(resolve("the/DT sale/NN is/VBZ scheduled/VBN to/TO close/VB Monday/NNP", "Monday", "DATE", "1989-10-30", "1989-11-02"))
                .isEqualTo("1989-11-06");
        assertThat(resolve("the/DT team/NN planned/VBD to/TO leave/VB Nairobi/NNP on/IN Thursday/NNP", "Thursday", "DATE", "1998-09-24", "1998-09-30"))
                .isEqualTo("1998-10-01");
    }

    @Test
    void effectiveAndPayableDatesLieAhead() {
        // A story of 1989-10-26: the dividend "payable Dec. 15" is two months ahead, though "declared" is past.
        assertThat(resolve("it/PRP declared/VBD a/DT dividend/NN ,/, payable/JJ Dec./NNP 15/CD", "Dec. 15", "DATE", "1989-12-15", "1989-10-26"))
                .isEqualTo("1989-12-15");
        assertThat(resolve("the/DT pact/NN took/VBD effect/NN ,/, effective/JJ June/NNP 1/CD", "June 1", "DATE", "1989-06-01", "1989-10-26"))
                .isEqualTo("1990-06-01");
    }

    @Test
    void backwardLookingWordsMakeAWeekdayTheLatestOne() {
        // 1989-10-30 is a Monday.
        assertThat(resolve("it/PRP had/VBD been/VBN due/JJ to/TO expire/VB Friday/NNP", "Friday", "DATE", "1989-11-03", "1989-10-30"))
                .isEqualTo("1989-10-27");
        assertThat(resolve("ways/NNS to/TO get/VB around/IN Wednesday/NNP 's/POS ruling/NN", "Wednesday", "DATE", "1989-11-01", "1989-10-30"))
                .isEqualTo("1989-10-25");
        // Past perfect with "until" looks back too.
        assertThat(resolve("Until/IN Thursday/NNP ,/, they/PRP had/VBD not/RB called/VBN him/PRP", "Thursday", "DATE", "1989-11-02", "1989-10-30"))
                .isEqualTo("1989-10-26");
    }

    @Test
    void aWeekdayRestatingANamedDateKeepsTheDate() {
        assertThat(resolve("in/IN an/DT editorial/NN on/IN Saturday/NNP ,/, April/NNP 25/CD", "Saturday , April 25", "DATE", "1998-04-25",
                "1998-04-24")).isEqualTo("1998-04-25");
    }

    @Test
    void lastAprilIsTheLatestAprilBeforeTheMonthBefore() {
        assertThat(resolve("approved/VBD it/PRP last/JJ April/NNP", "last April", "DATE", "1988-04", "1989-10-27")).isEqualTo("1989-04");
        assertThat(resolve("crashed/VBD last/JJ February/NNP", "last February", "DATE", "1997-02", "1998-03-01")).isEqualTo("1997-02");
        assertThat(NewsDates.relativeMonth("next", 5, LocalDate.parse("1989-10-27"))).isEqualTo("1990-05");
        assertThat(NewsDates.relativeMonth("this", 9, LocalDate.parse("1998-08-20"))).isEqualTo("1998-09");
    }

    @Test
    void aYearEndedOnADateIsADuration() {
        List<Token> tokens = sentence("net/NN for/IN the/DT year/NN ended/VBD March/NNP 31/CD");
        TimeExpression t = new TimeExpression("the year", "DATE", "1989", 8, 16, 0);
        TimeExpression r = NewsDates.resolve(t, LocalDate.parse("1989-11-02"), tokens);
        assertThat(r.type()).isEqualTo("DURATION");
        assertThat(r.value()).isEqualTo("P1Y");
        assertThat(resolve("sales/NNS rose/VBD this/DT year/NN", "this year", "DATE", "1989", "1989-11-02")).isEqualTo("1989");
    }

    @Test
    void sharesAndTheSecAreNotTimes() {
        assertThat(NewsDates.notATime("about three-quarters")).isTrue();
        assertThat(NewsDates.notATime("more than a quarter")).isTrue();
        assertThat(NewsDates.notATime("the SEC")).isTrue();
        assertThat(NewsDates.notATime("the third quarter")).isFalse();
        assertThat(NewsDates.notATime("30 sec")).isFalse();
    }

    @Test
    void pastYearsIsThePastAndTheseDaysThePresent() {
        assertThat(resolve("as/IN the/DT yen/NN soared/VBD in/IN recent/JJ years/NNS", "recent years", "DURATION", "PXY", "1989-10-30"))
                .isEqualTo("PXY");
        assertThat(resolve("there/EX were/VBD programs/NNS in/IN past/JJ years/NNS", "years", "DURATION", "PXY", "1989-10-30"))
                .isEqualTo("PAST_REF");
        assertThat(resolve("it/PRP hurts/VBZ more/RBR these/DT days/NNS", "days", "DURATION", "PXD", "1989-10-30"))
                .isEqualTo("PRESENT_REF");
        assertThat(resolve("over/IN the/DT past/JJ years/NNS", "years", "DURATION", "PXY", "1989-10-30")).isEqualTo("PXY");
        assertThat(resolve("it/PRP took/VBD years/NNS", "years", "DURATION", "PXY", "1989-10-30")).isEqualTo("PXY");
    }

    @Test
    void daysLaterIsALengthOfTime() {
        assertThat(resolve("Three/CD days/NNS later/RB ,/, he/PRP left/VBD", "Three days later", "DATE", "1989-11-02", "1989-10-30"))
                .isEqualTo("P3D");
        assertThat(resolve("A/DT few/JJ days/NNS later/RB", "A few days later", "DATE", "1989-11-02", "1989-10-30")).isEqualTo("PXD");
        assertThat(resolve("an/DT hour/NN later/RB", "an hour later", "DATE", "1989-10-30", "1989-10-30")).isEqualTo("PT1H");
        // A year earlier stays a date.
        assertThat(resolve("profit/NN was/VBD higher/JJR a/DT year/NN earlier/RBR", "a year earlier", "DATE", "1988-10-30", "1989-10-30"))
                .isEqualTo("1988");
    }

    @Test
    void theFirstNineMonthsOfAYearIsItsLength() {
        assertThat(resolve("for/IN the/DT first/JJ nine/CD months/NNS of/IN 1997/CD", "the first nine months of 1997", "DATE", null,
                "1998-02-06")).isEqualTo("P9M");
    }
}
