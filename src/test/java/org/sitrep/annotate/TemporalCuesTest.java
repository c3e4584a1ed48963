package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalCuesTest {

    /** Tokens from "word/POS" pairs separated by spaces. */
    private static boolean cue(String tagged) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wp : tagged.split(" ")) {
            int slash = wp.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(wp.substring(0, slash));
            l.setTag(wp.substring(slash + 1));
            out.add(l);
        }
        return TemporalCues.mayContainTime(out);
    }

    @Test
    void timeWordsDatesAndClockTimesReachTheTagger() {
        assertThat(cue("profit/NN rose/VBD last/JJ week/NN")).isTrue();
        assertThat(cue("due/JJ in/IN May/NNP")).isTrue();
        assertThat(cue("held/VBN on/IN Wed/NNP")).isTrue();
        assertThat(cue("at/IN 9/CD am/NN")).isTrue();
        assertThat(cue("on/IN 11/18/CD")).isTrue();
        assertThat(cue("a/DT third-quarter/JJ loss/NN")).isTrue();
        assertThat(cue("in/IN the/DT fall/NN")).isTrue();
        assertThat(cue("in/IN 1989/CD")).isTrue();
    }

    @Test
    void weakCuesDoNot() {
        assertThat(cue("prices/NNS may/MD rise/VB")).isFalse();
        assertThat(cue("May/MD I/PRP ask/VB")).isFalse();
        assertThat(cue("they/PRP march/VBP on/IN the/DT sun/NN")).isFalse();
        assertThat(cue("I/PRP am/VBP the/DT second/JJ former/JJ chief/NN")).isFalse();
        assertThat(cue("the/DT last/JJ time/NN ,/, once/RB")).isFalse();
        assertThat(cue("prices/NNS fall/VBP")).isFalse();
        // Deictic words are tagged without SUTime (org.sitrep.time.Deictics).
        assertThat(cue("he/PRP is/VBZ now/RB here/RB today/NN")).isFalse();
    }
}
