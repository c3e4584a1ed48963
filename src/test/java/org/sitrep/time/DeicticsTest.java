package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;

class DeicticsTest {

    private static List<String> found(String tagged, LocalDate ref, TimeExpression... tagger) {
        Annotated a = Tagged.annotated(tagged, tagger);
        return Deictics.addTo(List.of(tagger), a, ref).stream().map(t -> t.text() + "=" + t.type() + " " + t.value()).toList();
    }

    @Test
    void deicticWordsTakeTheirValueFromTheReferenceDate() {
        LocalDate ref = LocalDate.parse("1989-11-02");
        assertThat(found("he/PRP said/VBD yesterday/NN that/IN prices/NNS are/VBP now/RB higher/JJR", ref))
                .containsExactly("yesterday=DATE 1989-11-01", "now=DATE PRESENT_REF");
        assertThat(found("it/PRP recently/RB closed/VBD and/CC opens/VBZ tomorrow/NN", ref))
                .containsExactly("recently=DATE PAST_REF", "tomorrow=DATE 1989-11-03");
        assertThat(found("a/DT rally/NN tonight/NN", ref)).containsExactly("tonight=TIME 1989-11-02TNI");
    }

    @Test
    void withoutAReferenceDateOnlyTheDateIsMissing() {
        assertThat(found("today/NN and/CC now/RB", null)).containsExactly("today=DATE null", "now=DATE PRESENT_REF");
    }

    @Test
    void thePastAndTheFutureAreNounsOnTheirOwn() {
        LocalDate ref = LocalDate.parse("1998-03-03");
        assertThat(found("more/JJR than/IN in/IN the/DT past/NN ./.", ref)).containsExactly("the past=DATE PAST_REF");
        assertThat(found("in/IN the/DT near/JJ future/NN", ref)).containsExactly("the near future=DATE FUTURE_REF");
        assertThat(found("the/DT future/JJ king/NN", ref)).isEmpty();
        assertThat(found("over/IN the/DT past/JJ three/CD years/NNS", ref)).isEmpty();
    }

    @Test
    void anExpressionTheTaggerFoundWins() {
        LocalDate ref = LocalDate.parse("1998-03-03");
        TimeExpression rightNow = new TimeExpression("right now", "DATE", "PRESENT_REF", 3, 12, 0);
        assertThat(found("is/VBZ right/RB now/RB", ref, rightNow)).containsExactly("right now=DATE PRESENT_REF");
    }
}
