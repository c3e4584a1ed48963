package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.annotate.TimeExpression;

class DurationsTest {

    /** Completes the DURATION SUTime found on {@code found} (its first occurrence in {@code text}). */
    private static String complete(String text, String found, String value) {
        int start = text.indexOf(found);
        TimeExpression t = Durations.complete(new TimeExpression(found, "DURATION", value, start, start + found.length(), 0), text);
        return t.text() + "=" + t.value();
    }

    @Test
    void aCountSutimeLeftOutIsTakenIn() {
        assertThat(complete("the base for at least 20 more years.", "years", "PXY")).isEqualTo("20 more years=P20Y");
        assertThat(complete("stay for two more weeks even after", "weeks", "PXW")).isEqualTo("two more weeks=P2W");
        assertThat(complete("lived in camps for 2 1/2 years.", "years", "PXY")).isEqualTo("2 1/2 years=P2Y6M");
        assertThat(complete("then about 5 1/2 hours in Nairobi", "hours", "PTXH")).isEqualTo("5 1/2 hours=PT5H30M");
        // No count: the unknown number stands.
        assertThat(complete("troubled for years.", "years", "PXY")).isEqualTo("years=PXY");
    }

    @Test
    void andAHalfIsPartOfTheLength() {
        assertThat(complete("But a minute and a half later, a pilot called.", "a minute", "PT1M")).isEqualTo("a minute and a half=PT1M30S");
    }

    @Test
    void quartersAreCountedInQuarters() {
        assertThat(complete("losses in the past two quarters.", "the past two quarters", "P6M")).isEqualTo("the past two quarters=P2Q");
        assertThat(complete("after several quarters of losses", "several quarters", "PXM")).isEqualTo("several quarters=PXQ");
        assertThat(complete("three months of losses", "three months", "P3M")).isEqualTo("three months=P3M");
    }

    @Test
    void rangesAndLengthsJoinedToADayGetAValue() {
        assertThat(complete("shipments within two to three weeks.", "two to three weeks", null)).isEqualTo("two to three weeks=P2W");
        assertThat(complete("the stand for more than four hours Friday in a court", "more than four hours Friday", null))
                .isEqualTo("more than four hours=PT4H");
        assertThat(complete("from Monday to Friday", "Monday to Friday", null)).isEqualTo("Monday to Friday=null");
    }
}
