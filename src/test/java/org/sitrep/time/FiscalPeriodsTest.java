package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;

class FiscalPeriodsTest {

    private static final LocalDate NOV_2_1989 = LocalDate.parse("1989-11-02");

    private static List<String> found(String tagged, LocalDate ref, boolean quarterly) {
        Annotated a = Tagged.annotated(tagged);
        return FiscalPeriods.find(a, ref, quarterly).stream().map(t -> t.text() + "=" + t.value()).toList();
    }

    @Test
    void anOrdinalQuarterIsOfThePublicationYearOrTheLatestOneEnded() {
        assertThat(found("a/DT fourth-quarter/JJ charge/NN", NOV_2_1989, true)).containsExactly("fourth-quarter=1989-Q4");
        assertThat(found("profit/NN in/IN the/DT third/JJ quarter/NN rose/VBD", NOV_2_1989, true))
                .containsExactly("the third quarter=1989-Q3");
        // Late January: the fourth quarter just reported is last year's.
        assertThat(found("profits/NNS fell/VBD for/IN the/DT fourth/JJ quarter/NN", LocalDate.parse("1998-01-26"), true))
                .containsExactly("the fourth quarter=1997-Q4");
        assertThat(found("in/IN the/DT year-ago/JJ third/JJ quarter/NN it/PRP earned/VBD", NOV_2_1989, true))
                .containsExactly("the year-ago third quarter=1988-Q3");
    }

    @Test
    void anUnqualifiedQuarterIsTheLatestEndedAndTheCurrentOneContainsTheDate() {
        assertThat(found("a/DT loss/NN for/IN the/DT quarter/NN", NOV_2_1989, true)).containsExactly("the quarter=1989-Q3");
        assertThat(found("sales/NNS in/IN the/DT latest/JJS period/NN", NOV_2_1989, true)).containsExactly("the latest period=1989-Q3");
        assertThat(found("expects/VBZ a/DT loss/NN in/IN the/DT current/JJ quarter/NN", NOV_2_1989, true))
                .containsExactly("the current quarter=1989-Q4");
    }

    @Test
    void sharesAndPluralsAreNotPeriods() {
        assertThat(found("a/DT quarter/NN of/IN the/DT vote/NN", NOV_2_1989, true)).isEmpty();
        assertThat(found("in/IN recent/JJ quarters/NNS", NOV_2_1989, true)).isEmpty();
        assertThat(found("the/DT quarter/NN", null, true)).isEmpty();
    }

    @Test
    void yearEarlierIsTheSameQuarterInQuarterlyNewsOtherwiseTheYearBefore() {
        assertThat(found("compared/VBN with/IN year-earlier/JJ profit/NN", NOV_2_1989, true)).containsExactly("year-earlier=1988-Q3");
        assertThat(found("compared/VBN with/IN year-earlier/JJ profit/NN", NOV_2_1989, false)).containsExactly("year-earlier=1988");
        assertThat(found("in/IN the/DT year-earlier/JJ quarter/NN", NOV_2_1989, false)).containsExactly("the year-earlier quarter=1988-Q3");
        // A sentence about nine-month figures compares years even in a quarterly story.
        assertThat(found("nine/CD months/NNS net/NN fell/VBD from/IN year-earlier/JJ levels/NNS", NOV_2_1989, true))
                .containsExactly("year-earlier=1988");
    }

    @Test
    void quarterlyStoriesAreRecognised() {
        assertThat(FiscalPeriods.isQuarterly("Third-quarter profit rose 5%.")).isTrue();
        assertThat(FiscalPeriods.isQuarterly("A quarter of the voters stayed home.")).isFalse();
    }

    @Test
    void anOwnPeriodYieldsToALongerOrQuarterExpressionAndReplacesWhatItCovers() {
        Annotated a = Tagged.annotated("in/IN the/DT third/JJ quarter/NN of/IN 1990/CD");
        TimeExpression sutime = Tagged.at(a, "the third quarter of 1990", "DATE", "1990-Q3");
        TimeExpression own = Tagged.at(a, "the third quarter", "DATE", "1989-Q3");
        assertThat(FiscalPeriods.merge(List.of(sutime), List.of(own))).containsExactly(sutime);

        Annotated b = Tagged.annotated("a/DT fourth-quarter/JJ charge/NN");
        TimeExpression unit = new TimeExpression("quarter", "DURATION", "P3M", 9, 16, 0);
        TimeExpression period = Tagged.at(b, "fourth-quarter", "DATE", "1989-Q4");
        assertThat(FiscalPeriods.merge(List.of(unit), List.of(period))).containsExactly(period);

        // SUTime reads "the year-ago third quarter" as this year's third quarter: the own period, a year back, wins.
        Annotated c = Tagged.annotated("in/IN the/DT year-ago/JJ third/JJ quarter/NN");
        TimeExpression thisYear = Tagged.at(c, "the year-ago third quarter", "DATE", "1989-Q3");
        TimeExpression yearAgo = Tagged.at(c, "the year-ago third quarter", "DATE", "1988-Q3");
        assertThat(FiscalPeriods.merge(List.of(thisYear), List.of(yearAgo))).containsExactly(yearAgo);
    }

    @Test
    void aYearsQuarterOrPeriodIsTheReportedQuarterOfThatYear() {
        assertThat(found("revenue/NN in/IN the/DT 1988/CD quarter/NN", NOV_2_1989, false)).containsExactly("the 1988 quarter=1988-Q3");
        assertThat(found("a/DT gain/NN in/IN the/DT 1989/CD period/NN", NOV_2_1989, true)).containsExactly("the 1989 period=1989-Q3");
        // Outside results news "the 1988 period" is not a quarter.
        assertThat(found("art/NN of/IN the/DT 1988/CD period/NN", NOV_2_1989, false)).isEmpty();
    }

    @Test
    void halvesOfAYearAreH1AndH2() {
        assertThat(found("earnings/NNS for/IN the/DT last/JJ half/NN of/IN 1989/CD", NOV_2_1989, false))
                .containsExactly("the last half of 1989=1989-H2");
        assertThat(found("in/IN the/DT first/JJ half/NN of/IN 1990/CD", NOV_2_1989, false)).containsExactly("the first half of 1990=1990-H1");
    }
}
