package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Loaded;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;

/**
 * The JSON contract: what the real pipeline prints validates against the shipped schema, the schema rejects broken
 * readings, and every fact's [start, end) points at its own text in article.text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingSchemaTest {

    static final String SCHEMA = "/org/sitrep/reading.schema.json";
    static final Path EXAMPLE = Path.of("examples/nrt-2019-11-19-isis-prison-breaks.txt");
    /** Spread over the shared file, so that its datasets (and articles with and without a date) all appear. */
    static final int SHARED_EVERY = 450;

    JsonSchema schema;
    Analyzer analyzer;
    JsonNode example;
    final Map<String, JsonNode> shared = new LinkedHashMap<>();

    @BeforeAll
    void load() throws IOException {
        try (InputStream in = ReadingSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as("schema shipped on the classpath at " + SCHEMA).isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        analyzer = Analyzer.load();
        example = json(analyzer.analyze(only(EXAMPLE.toString(), "2019-11-19")));
        Path news = Path.of(System.getProperty("sitrep.shared", "../shared"), "data/news-raw/news-raw.jsonl");
        if (Files.isRegularFile(news)) {
            List<Article> picked = new ArrayList<>();
            int[] n = {0};
            new Inputs(ReadOptions.defaults()).read(List.of(news.toString()), InputStream.nullInputStream(), l -> {
                if (n[0]++ % SHARED_EVERY == 0 && !l.failed()) picked.add(l.article());
            });
            for (Article a : picked) shared.put(a.source(), json(analyzer.analyze(a)));
        }
    }

    @Test
    void exampleValidates() {
        assertValid("example", example);
        // The example exercises every record the schema describes, so the test checks more than empty lists.
        for (String list : List.of("sentences", "entities", "times", "quantities")) assertThat(example.get(list)).as(list).isNotEmpty();
        assertThat(example.at("/article/dateline/text").asText()).isEqualTo("SULAIMANI");
    }

    @Test
    void sharedArticlesValidate() {
        Assumptions.assumeFalse(shared.isEmpty(), "shared data absent");
        assertThat(shared).hasSizeGreaterThanOrEqualTo(5);
        shared.forEach(this::assertValid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing text", "negative offset", "bad entity id", "unknown entity type", "offset as string",
            "missing problems", "unknown field", "quote without speaker field", "claim with an empty chain",
            "unknown stance layer", "place without publisherHome"})
    void schemaRejectsBrokenReadings(String breakage) {
        ObjectNode r = example.deepCopy();
        ObjectNode firstEntity = (ObjectNode) r.get("entities").get(0);
        switch (breakage) {
            case "missing text" -> ((ObjectNode) r.get("article")).remove("text");
            case "negative offset" -> ((ObjectNode) firstEntity.get("mentions").get(0)).put("start", -1);
            case "bad entity id" -> firstEntity.put("id", "x1");
            case "unknown entity type" -> firstEntity.put("type", "ANIMAL");
            case "offset as string" -> ((ObjectNode) r.get("times").get(0)).put("end", "264");
            case "missing problems" -> r.remove("problems");
            case "unknown field" -> ((ObjectNode) r.get("quantities").get(0)).put("unit", "people");
            case "quote without speaker field" -> ((ObjectNode) r.get("quotes").get(0)).remove("speaker");
            case "claim with an empty chain" -> ((ObjectNode) r.get("claims").get(0)).putArray("chain");
            case "unknown stance layer" -> ((ObjectNode) r.get("claims").get(0).get("chain").get(0)).put("role", "rumour");
            case "place without publisherHome" -> ((ObjectNode) r.get("places").get(0)).remove("publisherHome");
            default -> throw new IllegalArgumentException(breakage);
        }
        assertThat(schema.validate(r)).as(breakage).isNotEmpty();
    }

    @Test
    void theExampleInTheDocsIsAValidReading() throws IOException {
        String doc = Files.readString(Path.of("docs/output-format.md"));
        int open = doc.lastIndexOf("```json\n"), close = doc.indexOf("```", open + 8);
        assertThat(open).as("a ```json block in docs/output-format.md").isNotNegative();
        JsonNode documented = JsonOutput.mapper().readTree(doc.substring(open + 8, close));
        assertValid("docs/output-format.md example", documented);
        assertSpans("docs/output-format.md example", documented);
        assertThat(documented.get("sitrep").asText()).isEqualTo(Reading.CONTRACT_VERSION);
    }

    @Test
    void streetsAndFeaturesArePrecisionsOfTheContract() {
        // GeoName.Kind gives these two for streets and parks or rivers placed at their town's point
        for (String precision : List.of("street", "feature")) {
            ObjectNode r = example.deepCopy();
            ((ObjectNode) r.get("places").get(0)).put("precision", precision);
            assertValid(precision, r);
        }
    }

    @Test
    void everySpanIsItsTextInTheExample() {
        assertSpans("example", example);
    }

    @Test
    void everySpanIsItsTextInSharedArticles() {
        Assumptions.assumeFalse(shared.isEmpty(), "shared data absent");
        shared.forEach(this::assertSpans);
    }

    @Test
    void aPublicationDateThatIsNotIsoIsKeptAndReported() throws IOException {
        Article a = only(EXAMPLE.toString(), null);
        Article odd = new Article(a.id(), a.source(), a.format(), a.title(), a.publisher(), a.author(), a.url(), a.dateline(),
                "03-02-2009", a.language(), a.text(), a.furniture());
        JsonNode r = json(analyzer.analyze(odd));
        assertValid("non-ISO published", r);
        assertSpans("non-ISO published", r);
        assertThat(r.at("/article/published").asText()).isEqualTo("03-02-2009");
        assertThat(r.get("problems").findValuesAsText("message")).anyMatch(m -> m.contains("03-02-2009") && m.contains("not an ISO date"));
    }

    @Test
    void spanCheckCatchesAShiftedOffset() {
        ObjectNode r = example.deepCopy();
        ObjectNode time = (ObjectNode) r.get("times").get(0);
        time.put("start", time.get("start").asInt() + 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSpans("shifted", r)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("text at span");
    }

    /** Checks the conventions the schema cannot express: spans inside the text, the text at the span, ids unique. */
    void assertSpans(String name, JsonNode r) {
        String text = r.at("/article/text").asText();
        List<String> bad = new ArrayList<>();
        JsonNode sentences = r.get("sentences");
        Consumer<JsonNode> fact = f -> {
            int start = f.get("start").asInt(), end = f.get("end").asInt();
            String where = name + " " + f;
            if (start < 0 || end <= start || end > text.length()) {
                bad.add(where + ": span outside the text (length " + text.length() + ")");
                return;
            }
            if (!text.substring(start, end).equals(f.get("text").asText())) {
                bad.add(where + ": text at span is '" + text.substring(start, end) + "'");
            }
            if (f.has("sentence")) {
                int s = f.get("sentence").asInt();
                if (s >= sentences.size()) bad.add(where + ": no sentence " + s);
                else if (start < sentences.get(s).get("start").asInt() || end > sentences.get(s).get("end").asInt()) {
                    bad.add(where + ": not inside its sentence " + sentences.get(s));
                }
            }
        };
        Set<String> ids = new HashSet<>();
        int facts = 0;
        for (JsonNode e : r.get("entities")) {
            if (!ids.add(e.get("id").asText())) bad.add(name + ": duplicate id " + e.get("id"));
            for (JsonNode m : e.get("mentions")) {
                fact.accept(m);
                facts++;
            }
        }
        for (String list : List.of("times", "quantities")) {
            for (JsonNode f : r.get(list)) {
                if (!ids.add(f.get("id").asText())) bad.add(name + ": duplicate id " + f.get("id"));
                fact.accept(f);
                facts++;
            }
        }
        if (r.at("/article/dateline").isObject()) fact.accept(r.at("/article/dateline"));
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            JsonNode s = sentences.get(i);
            if (s.get("index").asInt() != i) bad.add(name + ": sentence " + i + " has index " + s.get("index"));
            if (s.get("start").asInt() < previousEnd || s.get("end").asInt() > text.length()) bad.add(name + ": sentence out of order or outside the text " + s);
            previousEnd = s.get("end").asInt();
        }
        for (JsonNode p : r.get("problems")) {
            if (p.get("start").isNull() != p.get("end").isNull()) bad.add(name + ": problem with half a span " + p);
            else if (!p.get("start").isNull() && (p.get("end").asInt() > text.length() || p.get("start").asInt() > p.get("end").asInt())) {
                bad.add(name + ": problem span outside the text " + p);
            }
        }
        String published = r.at("/article/published").asText(null);
        if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            boolean reported = false;
            for (JsonNode p : r.get("problems")) reported |= p.get("message").asText().contains(published);
            if (!reported) bad.add(name + ": published '" + published + "' is not ISO and no problem says so");
        }
        assertThat(facts).as(name + " has facts to check").isPositive();
        assertThat(bad).as(name).isEmpty();
    }

    void assertValid(String name, JsonNode reading) {
        Set<ValidationMessage> errors = schema.validate(reading);
        assertThat(errors).as(name + " against " + SCHEMA).isEmpty();
    }

    /** Through the JSON the CLI prints, so that Jackson's view of the records is what is checked. */
    static JsonNode json(Reading r) throws IOException {
        return JsonOutput.mapper().readTree(JsonOutput.line(r));
    }

    static Article only(String path, String published) {
        List<Loaded> loaded = new ArrayList<>();
        new Inputs(ReadOptions.defaults().withPublished(published)).read(List.of(path), InputStream.nullInputStream(), loaded::add);
        assertThat(loaded).hasSize(1);
        assertThat(loaded.get(0).error()).isNull();
        return loaded.get(0).article();
    }
}
