package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Token;
import org.sitrep.cli.Main;
import org.sitrep.eval.PolnearReader.Attribution;
import org.sitrep.eval.PolnearReader.Span;
import org.sitrep.model.Sentence;

class CueLearnerTest {

    /** Whitespace tokens; the verbs of these sentences tagged by hand, everything else a noun. */
    private static final Map<String, String[]> VERBS = Map.of(
            "touted", new String[] {"VBD", "tout"}, "vowed", new String[] {"VBD", "vow"}, "ate", new String[] {"VBD", "eat"},
            "repeal", new String[] {"VB", "repeal"}, "argued", new String[] {"VBD", "argue"}, "won", new String[] {"VBD", "win"});

    private static final Annotator FAKE = (text, reference) -> {
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            String[] v = VERBS.get(w);
            String pos = v != null ? v[0] : w.equals("that") ? "IN" : w.equals("to") ? "TO" : "NN";
            toks.add(new Token(toks.size(), 0, w, at, at + w.length(), pos, v != null ? v[1] : w, "O"));
            at += w.length() + 1;
        }
        return new Annotated(text, List.of(new Sentence(0, 0, text.length())), toks, List.of());
    };

    private static Span span(String text, String part) {
        int s = text.indexOf(part);
        return new Span(s, s + part.length());
    }

    private static CueLearner learned() {
        CueLearner l = new CueLearner();
        String a = "Smith touted the plan";
        l.add(a, List.of(new Attribution(span(a, "Smith"), span(a, "touted"), span(a, "the plan"))), FAKE);
        String b = "Jones vowed to repeal it";
        l.add(b, List.of(new Attribution(span(b, "Jones"), span(b, "vowed"), span(b, "to repeal it"))), FAKE);
        String c = "Brown argued that taxes won and Smith touted jobs";
        l.add(c, List.of(new Attribution(span(c, "Brown"), span(c, "argued"), span(c, "taxes won"))), FAKE);
        String d = "Smith ate lunch and touted nothing";
        l.add(d, List.of(), FAKE); // "touted" here is not annotated: it lowers the verb's precision as a cue
        return l;
    }

    @Test
    void countsEachVerbsUsesAsACueAndHowItsContentFollows() {
        Map<String, CueLearner.Learned> by = new java.util.HashMap<>();
        for (CueLearner.Learned x : learned().learned()) by.put(x.lemma(), x);
        assertThat(by.get("tout").occurrences()).isEqualTo(3);
        assertThat(by.get("tout").cues()).isEqualTo(1);
        assertThat(by.get("tout").objectShare()).isEqualTo(1.0);
        assertThat(by.get("vow").infinitiveShare()).isEqualTo(1.0);
        assertThat(by.get("argue").thatClause()).isEqualTo(1);
        assertThat(by.get("eat").cues()).isZero();
        assertThat(by.get("win").cues()).isZero(); // inside the content, not its cue
    }

    @Test
    void keepsOnlyLemmasWithEnoughEvidenceAndPrecision() {
        CueLearner l = learned();
        assertThat(l.selected(new CueLearner.Selection(1, 0.5))).extracting(CueLearner.Learned::lemma).containsExactlyInAnyOrder("vow", "argue");
        assertThat(l.selected(new CueLearner.Selection(1, 0.3))).extracting(CueLearner.Learned::lemma).containsExactlyInAnyOrder("vow", "argue", "tout");
        assertThat(l.selected(new CueLearner.Selection(2, 0.0))).isEmpty();
    }

    @Test
    void writesTheLexiconTheQuoteFinderReadsWithCountsButNoText(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("learned.tsv");
        learned().write(out, new CueLearner.Selection(1, 0.3), "a test corpus");
        List<String> rows = Files.readAllLines(out).stream().filter(r -> !r.startsWith("#")).toList();
        assertThat(rows).containsExactly("argue\tclause\t1\t1\t1.00", "tout\tobject\t1\t3\t0.33", "vow\tinfinitive\t1\t1\t1.00");
        assertThat(Files.readString(out)).contains("a test corpus").doesNotContain("Smith", "taxes");
    }

    @Test
    void anExcludedLemmaIsLeftOutAndNamedInTheHeader(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("learned.tsv");
        learned().write(out, new CueLearner.Selection(1, 0.3, java.util.Set.of("tout", "eat")), "a test corpus");
        String written = Files.readString(out);
        assertThat(written).contains("# Left out as acts, not reports: tout\n").doesNotContain("\ntout\t").doesNotContain("eat");
    }

    @Test
    void missingCorpusOrResourceIsAUsageError(@TempDir Path dir) {
        assertThat(Main.commandLine().execute("train")).isEqualTo(Main.USAGE);
        assertThat(Main.commandLine().execute("train", "cues", "--polnear", dir.toString(), "--out", dir.resolve("x.tsv").toString()))
                .isEqualTo(Main.USAGE);
        assertThat(dir.resolve("x.tsv")).doesNotExist();
    }
}
