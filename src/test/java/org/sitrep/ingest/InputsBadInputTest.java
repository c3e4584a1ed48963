package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every unreadable input becomes one failure naming it and the reason, and never stops the inputs after it. */
class InputsBadInputTest {

    @TempDir
    Path dir;

    List<Loaded> read(ReadOptions options, InputStream stdin, String... names) {
        List<Loaded> out = new ArrayList<>();
        new Inputs(options).read(List.of(names), stdin, out::add);
        return out;
    }

    List<Loaded> read(String... names) { return read(ReadOptions.defaults(), InputStream.nullInputStream(), names); }

    @Test
    void eachBadInputFailsAloneWithItsReasonAndTheGoodOnesAreRead() throws IOException {
        Map<Path, String> bad = BadInputs.write(dir);
        List<String> names = new ArrayList<>();
        names.add(BadInputs.goodStory(dir).toString());
        bad.keySet().forEach(p -> names.add(p.toString()));
        names.add(BadInputs.mixedJsonl(dir).toString());

        List<Loaded> loaded = read(names.toArray(String[]::new));

        List<Loaded> failed = loaded.stream().filter(Loaded::failed).toList();
        assertThat(failed).hasSize(bad.size() + 1);
        int i = 0;
        for (var e : bad.entrySet()) {
            Loaded f = failed.get(i++);
            assertThat(f.source()).isEqualTo(e.getKey().toString());
            assertThat(f.error()).contains(e.getValue()).doesNotContain("\n").doesNotContain("\r");
        }
        assertThat(failed.get(i).source()).isEqualTo(dir.resolve("mixed.jsonl") + ":2");
        assertThat(failed.get(i).error()).startsWith("not a JSON object").doesNotContain("\n");
        assertThat(loaded.stream().filter(l -> !l.failed()).map(Loaded::source))
                .containsExactly(dir.resolve("good.txt").toString(), dir.resolve("mixed.jsonl") + ":1", dir.resolve("mixed.jsonl") + ":3");
    }

    @Test
    void aJsonlLineThatIsNotUtf8FailsAloneInsteadOfEndingTheFile() throws IOException {
        Path p = dir.resolve("enc.jsonl");
        try (var out = Files.newOutputStream(p)) {
            out.write((BadInputs.GOOD_JSONL_1 + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\":\"Le caf\u00e9 de la gare a ferm\u00e9.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write((BadInputs.GOOD_JSONL_3 + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<Loaded> loaded = read(p.toString());
        assertThat(loaded).extracting(Loaded::source).containsExactly(p + ":1", p + ":2", p + ":3");
        assertThat(loaded.get(1).error()).contains("not valid UTF-8");
        assertThat(loaded.get(0).failed()).isFalse();
        assertThat(loaded.get(2).failed()).isFalse();
    }

    @Test
    void aBinaryOrBlankJsonlFileFailsOnce() throws IOException {
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        Path binary = Files.write(dir.resolve("noise.jsonl"), noise);
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n");
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        List<Loaded> loaded = read(binary.toString(), blank.toString(), empty.toString());
        assertThat(loaded).extracting(Loaded::source).containsExactly(binary.toString(), blank.toString(), empty.toString());
        assertThat(loaded).extracting(Loaded::error).containsExactly("binary file, not JSON Lines", "no articles (only blank lines)", "empty input");
    }

    @Test
    void aJsonlLineOverTheSizeLimitIsRefused() throws IOException {
        Path p = Files.writeString(dir.resolve("long.jsonl"),
                "{\"text\":\"" + "word ".repeat(400) + "\"}\n" + BadInputs.GOOD_JSONL_1 + "\n");
        List<Loaded> loaded = read(new ReadOptions(null, "auto", 1000), InputStream.nullInputStream(), p.toString());
        assertThat(loaded.get(0).error()).startsWith("line too large");
        assertThat(loaded.get(1).failed()).isFalse();
    }

    @Test
    void jsonThatIsNotJsonLinesFailsOnceSayingHowToConvertIt() throws IOException {
        Path pretty = Files.writeString(dir.resolve("pretty.json"), "{\n  \"title\": \"A\",\n  \"text\": \"Officials in Lyon said two trains collided.\"\n}\n");
        Path array = Files.writeString(dir.resolve("array.json"), "[{\"text\": \"Officials in Lyon said two trains collided.\"}]");
        Path sniffed = Files.writeString(dir.resolve("export.dat"), "[\n {\"text\": \"Officials in Lyon said two trains collided.\"}\n]\n");
        List<Loaded> loaded = read(pretty.toString(), array.toString(), sniffed.toString());
        assertThat(loaded).extracting(Loaded::source).containsExactly(pretty.toString(), array.toString(), sniffed.toString());
        assertThat(loaded.get(0).error()).startsWith("JSON spread over several lines").contains("jq -c .");
        assertThat(loaded.get(1).error()).startsWith("a JSON array").contains("jq -c '.[]'");
        assertThat(loaded.get(2).error()).startsWith("a JSON array");
    }

    @Test
    void utf16TextIsNamedAsSuch() throws IOException {
        Path p = Files.write(dir.resolve("utf16.txt"), "\uFEFFPolice in Rome arrested five men on Monday.\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(p.toString()).get(0).error()).startsWith("UTF-16 text, not UTF-8");
    }

    @Test
    void anEmptyDirectoryIsReported() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("nothing-here"));
        Files.writeString(empty.resolve(".hidden"), BadInputs.STORY);
        assertThat(read(empty.toString())).singleElement()
                .satisfies(l -> assertThat(l.error()).isEqualTo("directory holds no input files"));
    }

    @Test
    void anHtmlPageWithAStoryIsStillRead() throws IOException {
        String page = "<!doctype html><html lang='en'><head><title>Flood warning</title>"
                + "<meta property='article:published_time' content='2021-07-12T08:00:00Z'></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>Flood warning for river towns</h1>"
                + "<p>" + BadInputs.STORY.lines().skip(2).findFirst().orElseThrow() + "</p></article></body></html>";
        Path p = Files.writeString(dir.resolve("story.html"), page);
        Loaded l = read(p.toString()).get(0);
        assertThat(l.error()).isNull();
        assertThat(l.article().text()).contains("200 residents").doesNotContain("Home");
        assertThat(l.article().published()).isEqualTo("2021-07-12");
    }

    @Test
    void anHtmlStoryInAScriptWithoutSpacesIsRead() throws IOException {
        // Japanese has no spaces between words, so "a full sentence of six words" cannot be the test of a story.
        String story = "東京都は月曜日、大雨のため多摩川沿いの住民約二百人に避難指示を出したと発表した。"
                + "市は二つの学校を避難所として開放し、川の水位は水曜日に最も高くなる見込みだと気象庁の担当者は記者団に語った。";
        Path p = Files.writeString(dir.resolve("ja.html"), "<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>大雨</title></head>"
                + "<body><nav><a href='/'>ホーム</a></nav><article><p>" + story + "</p></article></body></html>");
        Loaded l = read(p.toString()).get(0);
        assertThat(l.error()).isNull();
        assertThat(l.article().text()).isEqualTo(story);
        assertThat(l.article().language()).isEqualTo("ja");
    }

    @Test
    void jsonlFieldProblemsAreNamed() throws IOException {
        Path p = Files.writeString(dir.resolve("fields.jsonl"), "{\"title\":\"x\"}\n{\"text\":\"  \"}\n[1,2]\n");
        assertThat(read(p.toString())).extracting(Loaded::error)
                .containsExactly("no \"text\" field", "empty \"text\" field", "not a JSON object");
    }

    @Test
    void standardInputTakesThePublicationDate() {
        var stdin = new ByteArrayInputStream(BadInputs.STORY.getBytes(StandardCharsets.UTF_8));
        List<Loaded> loaded = read(ReadOptions.defaults().withPublished("2021-07-12"), stdin, "-");
        assertThat(loaded).singleElement().satisfies(l -> {
            assertThat(l.source()).isEqualTo("-");
            assertThat(l.article().published()).isEqualTo("2021-07-12");
            assertThat(l.article().dateline().text()).isEqualTo("DRESDEN");
        });
    }

    @Test
    void standardInputOverTheLimitIsRefusedWithoutReadingItAll() {
        long size = 50L * 1024 * 1024;
        InputStream endless = new InputStream() {
            long left = size;

            @Override
            public int read() { return left-- > 0 ? 'a' : -1; }
        };
        Loaded l = read(ReadOptions.defaults(), endless, "-").get(0);
        assertThat(l.source()).isEqualTo("-");
        assertThat(l.error()).startsWith("too large: more than 10.0 MB");
    }

    @Test
    void reasonsAreFoldedOntoOneLine() {
        assertThat(Loaded.failed("x", "first\n  second\r\nthird").error()).isEqualTo("first second third");
    }
}
