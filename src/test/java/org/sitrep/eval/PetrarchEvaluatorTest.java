package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.SharedData;
import org.sitrep.cli.Main;
import org.sitrep.model.Event;
import org.sitrep.pipeline.SharedAnalyzer;

class PetrarchEvaluatorTest {

    /** Made-up records in the unit-test file's format (states and codes invented for the test). */
    private static final String XML = """
            <Validation>
            <!-- a header comment -->
            <Sentences>
            <Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
            <!-- plain coding -->
            <EventCoding sourcecode="ZZA" targetcode="ZZBGOV" eventcode="042"></EventCoding>
            <Text>
            Zanthia's president   visited
            Borovia on Monday.
            </Text>
            <Parse>(ROOT (S (NP (NNP Zanthia))))</Parse>
            </Sentence>
            <Config option="require_dyad" value="false"></Config>
            <Sentence date = "19950102" id ="T-2" category="DEMO" sentence="true">
            <EventCoding noevents = "True"></EventCoding>
            <Text>The weather was fine.</Text>
            </Sentence>
            <Sentence date="19950101" id="T-3" category="DEMO" sentence="false">
            <EventCoding sourcecode="ZZA" targetcode="ZZB" eventcode="042"></EventCoding>
            <Text>Zanthia visited Borovia.</Text>
            </Sentence>
            <Sentence date="19950101" id="T-4" category="ERROR" sentence="true">
            <EventCoding error="sentencediscard"></EventCoding>
            <Text>Zanthia played football with Borovia.</Text>
            </Sentence>
            <Sentence date="19950101" id="T-5" category="SYNSET" sentence="true">
            <EventCoding sourcecode="ZZA" targetcode="ZZB" eventcode="903"></EventCoding>
            <Text>Zanthia gave a million florins to Borovia.</Text>
            </Sentence>
            <Sentence date="19950101" id="T-6" category="VERB" sentence="true">
            <EventCoding sourcecode="ZZA" targetcode="ZZB" eventcode="042"></EventCoding>
            <Text>Zanthia visitx Bxrovia.</Text>
            </Sentence>
            <Sentence date="19950101" id="T-7" category="ACTOR" sentence="true">
            <EventCoding sourcecode='"THE ORDER OF THE LAMP"' targetcode="ZZB" eventcode="1121"></EventCoding>
            <EventCoding sourcecode="ZZA" targetcode="---" eventcode="190"></EventCoding>
            <Text>The Order of the Lamp criticised Borovia as Zanthia fought.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    private static final List<String> ACTORS = List.of("<!-- test dictionary", "# not an entry [XXX]", "-->", "ZANTHIA [ZZA]", "+ZANTHIAN",
            "BOROVIA_ [ZZB] # a comment", "PRINCE OF NOWHERE", "\t[--- <950630]", "\t[ZZC]", "THE_TWINS [ZZD/ZZE]");
    private static final List<String> AGENTS = List.of("!PERSON! = MAN, MEN", "PRESIDENT [~GOV] # x", "POLICE {} [ ~COP]",
            "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]");

    private static List<PetrarchRecords.Record> records(Path dir) throws IOException {
        Path f = dir.resolve("records.xml");
        Files.writeString(f, XML, StandardCharsets.UTF_8);
        return PetrarchRecords.read(f);
    }

    @Test
    void readsCodingsNoEventsAndSaysWhyARecordIsNoTest(@TempDir Path dir) throws IOException {
        List<PetrarchRecords.Record> r = records(dir);
        assertThat(r).extracting(PetrarchRecords.Record::id).containsExactly("T-1", "T-2", "T-3", "T-4", "T-5", "T-6", "T-7");
        PetrarchRecords.Record first = r.get(0);
        assertThat(first.text()).isEqualTo("Zanthia's president visited Borovia on Monday.");
        assertThat(first.date()).isEqualTo("1995-01-01");
        assertThat(first.codings()).containsExactly(new PetrarchRecords.Coding("ZZA", "ZZBGOV", "042"));
        assertThat(first.skip()).isNull();
        assertThat(r.get(1).noEvent()).isTrue();
        assertThat(r.get(1).skip()).isNull();
        assertThat(r.get(1).date()).isEqualTo("1995-01-02");
        assertThat(r.get(2).skip()).contains("sentence=\"false\"");
        assertThat(r.get(3).skip()).isEqualTo("marked sentencediscard");
        assertThat(r.get(4).skip()).startsWith("validation-only event code 903");
        assertThat(r.get(5).skip()).startsWith("nonsense word");
        assertThat(r.get(6).skip()).isNull();
        assertThat(r.get(6).codings().get(0).source()).isEqualTo("\"THE ORDER OF THE LAMP\"");
        assertThat(r.get(6).codings().get(1).root()).isEqualTo("19");
    }

    @Test
    void dictionaryNamesStandForTheirCodes() {
        PetrarchActors a = new PetrarchActors(PetrarchActors.actors(ACTORS), PetrarchActors.agents(AGENTS));
        String text = "The Zanthian president met Borovians and the Prince of Nowhere.";
        assertThat(a.hit(text, "ZZAGOV", arg(text, "Zanthian president", null))).isTrue(); // a stem: "ZANTHIA" covers "Zanthian"
        assertThat(a.hit(text, "ZZB", arg(text, "Borovians", null))).isFalse(); // "BOROVIA_" is exact
        assertThat(a.hit(text, "ZZC", arg(text, "Prince of Nowhere", null))).isTrue(); // the code block under the name
        assertThat(a.hit(text, "ZZB", arg(text, "Zanthian president", "ZZB"))).isTrue(); // the code root alone
        assertThat(a.hit(text, "ZZB", null)).isFalse();
        assertThat(a.hit(text, "---", arg(text, "Zanthian", null))).isNull(); // an unknown actor is not scored
        assertThat(a.hit(text, "---GOV", arg(text, "president", null))).isTrue(); // an unnamed government: the agent noun
        assertThat(a.hit(text, "---COP", arg(text, "president", null))).isFalse();
        assertThat(a.hit(text, "\"THE PRINCE\"", arg(text, "Prince of Nowhere", null))).isTrue(); // quoted: the text itself
        String geese = "Golden geese of Zanthia";
        assertThat(a.hit(geese, "---GGS", arg(geese, "Golden geese", null))).isTrue(); // the plural form in braces
    }

    private static Event.Argument arg(String text, String span, String code) {
        int at = text.indexOf(span);
        return new Event.Argument(span, null, code, at, at + span.length());
    }

    private static Event event(String cameo, String plover, Event.Argument source, Event.Argument target) {
        Event.Argument trigger = new Event.Argument("x", null, null, 0, 1);
        return new Event("v1", plover, null, cameo, "happened", false, trigger, source, target, null, List.of(), null, null, List.of(), null, null, 0, "");
    }

    @Test
    void scoresTheFirstEventAgainstAnyGoldCoding() {
        PetrarchActors actors = new PetrarchActors(PetrarchActors.actors(ACTORS), List.of());
        String text = "Zanthia attacked Borovia and Borovia hit back.";
        PetrarchRecords.Record r = new PetrarchRecords.Record("H-1", "DEMO", null, text,
                List.of(new PetrarchRecords.Coding("ZZA", "ZZB", "190"), new PetrarchRecords.Coding("ZZB", "ZZA", "1823")), null);
        java.util.function.Function<String, Optional<String>> plover = c -> c.startsWith("19") || c.startsWith("18") ? Optional.of("ASSAULT")
                : c.startsWith("04") ? Optional.of("CONSULT") : Optional.empty();
        // right root and code, actors from the dictionary names
        PetrarchScoring.Row right = PetrarchScoring.score(r, event("190", "ASSAULT", arg(text, "Zanthia", null), arg(text, "Borovia", null)), actors, plover);
        assertThat(right.rootRight()).isTrue();
        assertThat(right.codeRight()).isTrue();
        assertThat(right.ploverRight()).isTrue();
        assertThat(right.sourceHit()).isTrue();
        assertThat(right.targetHit()).isTrue();
        // the second coding's root: its own actors are compared, so the reversed direction is right there
        PetrarchScoring.Row second = PetrarchScoring.score(r, event("182", "ASSAULT", arg(text, "Borovia", null), arg(text, "Zanthia", null)), actors, plover);
        assertThat(second.rootRight()).isTrue();
        assertThat(second.codeRight()).isFalse();
        assertThat(second.sourceHit()).isTrue();
        // wrong root: actors against every coding, type wrong
        PetrarchScoring.Row wrong = PetrarchScoring.score(r, event("042", "CONSULT", arg(text, "Zanthia", null), null), actors, plover);
        assertThat(wrong.rootRight()).isFalse();
        assertThat(wrong.ploverRight()).isFalse();
        assertThat(wrong.sourceHit()).isTrue();
        assertThat(wrong.targetHit()).isFalse();
        // no event: wrong, and every gold actor missed
        PetrarchScoring.Row none = PetrarchScoring.score(r, null, actors, plover);
        assertThat(none.rootRight()).isFalse();
        assertThat(none.sourceHit()).isFalse();
        assertThat(none.predictedPlover()).isEqualTo(EventScoring.NONE);
        // a no-event record is right only without an event, and has no actors to score
        PetrarchRecords.Record quiet = new PetrarchRecords.Record("H-2", "DEMO", null, "The weather was fine.", List.of(), null);
        assertThat(PetrarchScoring.score(quiet, null, actors, plover).rootRight()).isTrue();
        assertThat(PetrarchScoring.score(quiet, null, actors, plover).ploverRight()).isTrue();
        PetrarchScoring.Row falseAlarm = PetrarchScoring.score(quiet, event("190", "ASSAULT", null, null), actors, plover);
        assertThat(falseAlarm.rootRight()).isFalse();
        assertThat(falseAlarm.sourceHit()).isNull();
        // a gold code without a PLOVER type leaves the record out of the PLOVER score
        PetrarchRecords.Record unmapped = new PetrarchRecords.Record("H-3", "DEMO", null, text, List.of(new PetrarchRecords.Coding("ZZA", "ZZB", "010")), null);
        assertThat(PetrarchScoring.score(unmapped, null, actors, plover).goldPlover()).isEmpty();
    }

    @Test
    void theReportCountsRecordsAndSkips() {
        String text = "Zanthia attacked Borovia.";
        PetrarchRecords.Record r = new PetrarchRecords.Record("H-1", "DEMO", null, text, List.of(new PetrarchRecords.Coding("ZZA", "ZZB", "190")), null);
        PetrarchRecords.Record skipped = new PetrarchRecords.Record("H-9", "ERROR", null, text, List.of(), "marked dateline");
        PetrarchActors actors = new PetrarchActors(PetrarchActors.actors(ACTORS), List.of());
        PetrarchScoring.Row row = PetrarchScoring.score(r, event("190", "ASSAULT", arg(text, "Zanthia", null), null), actors, c -> Optional.of("ASSAULT"));
        var result = new PetrarchScoring.Result(List.of(row), List.of(skipped), 0.1);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Map<String, Object> json = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        PetrarchEvaluator.report(result, new PrintStream(buf, true, StandardCharsets.UTF_8), json, rows, "cmd", "records.xml");
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("1 scored", "1 skipped", "marked dateline=1", "H-9");
        assertThat(json).containsKeys("root_accuracy", "code_accuracy", "plover_accuracy", "coverage", "source_match", "target_match", "actor_match");
        assertThat(rows).extracting(Row::metric).contains("root_accuracy", "actor_match");
        assertThat(rows).allMatch(x -> x.command().equals("cmd"));
        @SuppressWarnings("unchecked") Map<String, Object> target = (Map<String, Object>) json.get("target_match");
        assertThat(target.get("n")).isEqualTo(1L);
        @SuppressWarnings("unchecked") Map<String, Object> actor = (Map<String, Object>) json.get("actor_match");
        assertThat(actor.get("value")).isEqualTo(0.5);
    }

    @Test
    void missingOrNoFileIsAUsageError() {
        assertThat(Main.commandLine().execute("eval", "events")).isEqualTo(Main.USAGE);
        assertThat(Main.commandLine().execute("eval", "events", "--petrarch", "/no/such/file.xml")).isEqualTo(Main.USAGE);
        assertThat(Main.commandLine().execute("eval", "events", "--plover", "/no/such/file.json")).isEqualTo(Main.USAGE);
    }

    @Test
    void theRealUnitTestRecordsScoreWithinSaneBounds() throws IOException {
        Path file = SharedData.require("data/cameo-dictionaries/validation/PETR.UnitTest.records.xml");
        List<PetrarchRecords.Record> records = PetrarchRecords.read(file);
        assertThat(records).hasSizeGreaterThan(200);
        var r = PetrarchScoring.run(records, PetrarchActors.beside(file), SharedAnalyzer.get()::analyze, true);
        assertThat(r.rows().size() + r.skipped().size()).isEqualTo(records.size());
        assertThat(r.rows()).hasSizeGreaterThan(150);
        assertThat(r.skipped()).isNotEmpty().allMatch(x -> x.skip() != null);
        long root = r.rows().stream().filter(PetrarchScoring.Row::rootRight).count();
        long coded = r.rows().stream().filter(x -> x.event() != null).count();
        assertThat(root).isPositive().isLessThanOrEqualTo(r.rows().size());
        assertThat(coded).isGreaterThan(r.rows().size() / 4);
        assertThat(r.rows().stream().filter(x -> Boolean.TRUE.equals(x.sourceHit())).count()).isPositive();
    }
}
