package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.Main;

class EvalCommandTest {

    @Test
    void missingDataOrSubcommandIsAUsageError() {
        assertThat(Main.commandLine().execute("eval")).isEqualTo(Main.USAGE);
        assertThat(Main.commandLine().execute("eval", "ner", "--conll", "/no/such/file")).isEqualTo(Main.USAGE);
        assertThat(Main.commandLine().execute("eval", "time", "--timeml", "/no/such/dir")).isEqualTo(Main.USAGE);
        assertThat(Main.commandLine().execute("eval", "all", "--data", System.getProperty("java.io.tmpdir"))).isEqualTo(Main.USAGE);
    }

    @Test
    void resultsTableHasTheScoreIntervalCitationAndCommand() {
        Row row = new Row("TIMEX3 value F1", "TBAQ", "sitrep", "value_f1", 0.7391, new Bootstrap.Interval(0.7134, 0.7637), 1822,
                List.of(new Published("HeidelTime-t", "value_f1", 0.7761, "UzZaman et al. 2013")), "./sitrep eval time --timeml X", null);
        String md = ResultsTable.markdown(List.of(row), "sitrep eval all", "test");
        assertThat(md).contains("| TIMEX3 value F1 | TBAQ | sitrep | **value_f1 73.9** | 71.3–76.4 | 1822 | HeidelTime-t 77.6 (UzZaman et al. 2013) | `./sitrep eval time --timeml X` |");
        assertThat(md).contains("**TIMEX3 scoring.**").doesNotContain("**NER type mapping.**");
    }
}
