package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;

/** The targets on news-raw pairs: precision ≥ 0.98, recall ≥ 0.95 (no model is loaded: seconds). */
class DedupEvaluatorTest {

    @Test
    void meetsTheTargets() throws Exception {
        Path newsRaw = SharedData.require("data/news-raw/news-raw.jsonl");
        Outcome o = new DedupEvaluator(newsRaw, 300).run(new EvalContext(), new PrintStream(new ByteArrayOutputStream()));
        assertThat((double) o.json().get("precision")).isGreaterThanOrEqualTo(0.98);
        assertThat((double) o.json().get("recall")).isGreaterThanOrEqualTo(0.95);
        assertThat(o.rows()).hasSize(2);
    }

    @Test
    void copiesAreEditedAsSyndicationDoes() {
        String text = "One. Two three four. Five six seven eight nine. Ten eleven twelve. Thirteen fourteen fifteen sixteen.";
        assertThat(DedupPairs.trim(text, 0.5)).isEqualTo("One. Two three four. Five six seven eight nine.");
        DedupPairs.Copy c = DedupPairs.copy("Title", text, new java.util.Random(1));
        assertThat(c.title()).isNotEqualTo("Title");
    }
}
