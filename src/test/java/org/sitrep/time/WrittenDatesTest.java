package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;

class WrittenDatesTest {

    private static final LocalDate REF = LocalDate.parse("1998-02-27");

    private static List<String> found(String tagged, TimeExpression... tagger) {
        Annotated a = Tagged.annotated(tagged, tagger);
        return WrittenDates.addTo(List.of(tagger), a, REF).stream().map(t -> t.text() + "=" + t.type() + " " + t.value()).toList();
    }

    @Test
    void spelledOutYearsAreYears() {
        assertThat(found("Atlanta/NNP nineteen/CD ninety-six/CD ./.")).containsExactly("nineteen ninety-six=DATE 1996");
        assertThat(found("in/IN nineteen/CD seventy/CD nine/CD")).containsExactly("nineteen seventy nine=DATE 1979");
        assertThat(found("through/IN the/DT nineties/NNS")).containsExactly("the nineties=DATE 199");
        assertThat(found("nineteen/CD people/NNS died/VBD")).isEmpty();
    }

    @Test
    void aSpelledYearCorrectsTheYearTheTaggerAssumed() {
        TimeExpression january = new TimeExpression("January nineteen ninety-seven", "DATE", "1998-01", 0, 29, 0);
        assertThat(found("January/NNP nineteen/CD ninety-seven/CD", january)).containsExactly("January nineteen ninety-seven=DATE 1997-01");
    }

    @Test
    void thanksgivingIsTheLatestOneOrTheNext() {
        LocalDate january = LocalDate.parse("2000-01-07");
        Annotated a = Tagged.annotated("Elian/NNP was/VBD found/VBN Thanksgiving/NNP Day/NNP");
        assertThat(WrittenDates.addTo(List.of(), a, january)).extracting(TimeExpression::value).containsExactly("1999-11-25");
        assertThat(WrittenDates.thanksgiving(LocalDate.parse("1999-11-25"), false)).isEqualTo("1999-11-25");
        assertThat(WrittenDates.thanksgiving(january, true)).isEqualTo("2000-11-23");
    }

    @Test
    void hyphenatedModifiersKeepTheMonthOrYear() {
        assertThat(found("it/PRP began/VBD in/IN mid-1996/JJ")).containsExactly("mid-1996=DATE 1996");
        // A month without a year follows the tense: a trip made in late November, seen from February, was last year's.
        assertThat(found("they/PRP made/VBD the/DT late-November/JJ trip/NN")).containsExactly("late-November=DATE 1997-11");
        assertThat(found("a/DT mid-size/JJ car/NN")).isEmpty();
    }

    @Test
    void yearEndIsTheYearNotALengthOfTime() {
        String text = "requirements in place by year's end, and a sale by year end; up since year end.";
        int first = text.indexOf("year"), second = text.indexOf("year", first + 1), third = text.lastIndexOf("year");
        TimeExpression a = WrittenDates.yearEnd(new TimeExpression("year", "DURATION", "P1Y", first, first + 4, 0), text, REF);
        TimeExpression b = WrittenDates.yearEnd(new TimeExpression("year", "DURATION", "P1Y", second, second + 4, 0), text, REF);
        TimeExpression c = WrittenDates.yearEnd(new TimeExpression("year", "DURATION", "P1Y", third, third + 4, 0), text, REF);
        assertThat(List.of(a.text() + "=" + a.value(), b.text() + "=" + b.value(), c.text() + "=" + c.value()))
                .containsExactly("year's end=1998", "year end=1998", "year end=1997");
        String length = "it took a year, ending in May";
        TimeExpression d = new TimeExpression("year", "DURATION", "P1Y", length.indexOf("year"), length.indexOf("year") + 4, 0);
        assertThat(WrittenDates.yearEnd(d, length, REF)).isSameAs(d);
    }

    @Test
    void aWordJoinedToThisYearIsLeftOut() {
        TimeExpression t = WrittenDates.trailingYear(new TimeExpression("second this year", "DATE", null, 10, 26, 0), REF);
        assertThat(t.text() + "=" + t.value() + "@" + t.start()).isEqualTo("this year=1998@17");
        TimeExpression valued = new TimeExpression("this year", "DATE", "1998", 0, 9, 0);
        assertThat(WrittenDates.trailingYear(valued, REF)).isSameAs(valued);
    }

    @Test
    void aDayJoinedToARestatementOrAWeekGetsAValue() {
        TimeExpression joined = WrittenDates.unvaluedDay(new TimeExpression("Nov. 3, the day before", "DATE", null, 5, 27, 0), REF);
        assertThat(joined.text() + "=" + joined.value() + "@" + joined.end()).isEqualTo("Nov. 3=1998-11-03@11");
        TimeExpression week = WrittenDates.unvaluedDay(new TimeExpression("the week of March 6", "DATE", null, 0, 19, 0), REF);
        assertThat(week.value()).isEqualTo("1998-W10");
        assertThat(WrittenDates.unvaluedDay(new TimeExpression("Nov. 3 and 4", "DATE", null, 0, 12, 0), REF).value()).isNull();
    }
}
