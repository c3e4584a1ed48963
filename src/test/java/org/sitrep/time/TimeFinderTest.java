package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.TimeExpression;

class TimeFinderTest {

    @Test
    void restatementInParenthesesIsOneReference() {
        String text = "published on Monday (November 18), he said";
        var merged = TimeFinder.mergeRestatements(text, List.of(
                new TimeExpression("Monday", "DATE", "2019-11-18", 13, 19, 0),
                new TimeExpression("November 18", "DATE", "2019-11-18", 21, 32, 0)));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).text()).isEqualTo("Monday (November 18)");
        assertThat(merged.get(0).end()).isEqualTo(33);
    }

    @Test
    void differentDatesStayApart() {
        String text = "Monday (November 11)";
        var merged = TimeFinder.mergeRestatements(text, List.of(
                new TimeExpression("Monday", "DATE", "2019-11-18", 0, 6, 0),
                new TimeExpression("November 11", "DATE", "2019-11-11", 8, 19, 0)));
        assertThat(merged).hasSize(2);
    }
}
