package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;

/** The ECB+ reader on a real file: tokens, event markables, gold clusters, and the annotated-sentence restriction. */
class EcbPlusReaderTest {

    @Test
    void readsTheTaraReidRehabStory() throws Exception {
        Path root = SharedData.require("data/ecbplus");
        Map<String, Set<Integer>> index = EcbPlusReader.sentenceIndex(root.resolve("ECBplus_coreference_sentences.csv"));
        assertThat(index.get("1_10ecb")).containsExactlyInAnyOrder(0, 3);

        EcbPlusReader.Doc doc = EcbPlusReader.read(SharedData.require("data/ecbplus/ECB+/1/1_10ecb.xml"), index);
        assertThat(doc.topic()).isEqualTo(1);
        assertThat(doc.subtopic()).isEqualTo("1ecb");
        assertThat(doc.tokens()).hasSize(100);
        assertThat(doc.tokens().get(5)).isEqualTo(new EcbPlusReader.Token(6, 0, "checked"));

        List<EcbPlusReader.Mention> events = doc.mentions().stream().filter(EcbPlusReader.Mention::isEvent).toList();
        assertThat(events).extracting(EcbPlusReader.Mention::id)
                .containsExactlyInAnyOrder("1_10ecb/31", "1_10ecb/32", "1_10ecb/33", "1_10ecb/38", "1_10ecb/34", "1_10ecb/35");
        EcbPlusReader.Mention checkedInto = events.stream().filter(m -> m.id().equals("1_10ecb/32")).findFirst().orElseThrow();
        assertThat(checkedInto.type()).isEqualTo("ACTION_OCCURRENCE");
        assertThat(checkedInto.tokens()).containsExactly(6, 8);
        // "checked into", "went" and "decision" are one cross-document event; "supported" is in no chain: a singleton.
        assertThat(events).filteredOn(m -> m.cluster().equals("ACT16236402809085484")).extracting(EcbPlusReader.Mention::id)
                .containsExactlyInAnyOrder("1_10ecb/32", "1_10ecb/33", "1_10ecb/38");
        assertThat(events.stream().filter(m -> m.id().equals("1_10ecb/31")).findFirst().orElseThrow().cluster()).isEqualTo("1_10ecb/single31");
        // Instance markables (no token anchors) are chain descriptions, not mentions.
        assertThat(doc.mentions()).noneMatch(m -> m.tokens().isEmpty());
    }

    @Test
    void mentionsOutsideTheAnnotatedSentencesAreDropped() throws Exception {
        EcbPlusReader.Doc doc = EcbPlusReader.read(SharedData.require("data/ecbplus/ECB+/1/1_10ecb.xml"), Map.of("1_10ecb", Set.of(3)));
        assertThat(doc.mentions()).extracting(EcbPlusReader.Mention::id).doesNotContain("1_10ecb/32", "1_10ecb/34").contains("1_10ecb/33");
    }

    @Test
    void ecbplusFilesLoseTheirUrlSentence() throws Exception {
        Path root = SharedData.require("data/ecbplus");
        EcbPlusReader.Doc doc = EcbPlusReader.read(root.resolve("ECB+/1/1_10ecbplus.xml"), Map.of());
        assertThat(doc.subtopic()).isEqualTo("1ecbplus");
        assertThat(doc.tokens()).filteredOn(t -> t.sentence() == 0).noneMatch(doc::isText);
        assertThat(doc.tokens()).filteredOn(t -> t.sentence() == 1).allMatch(doc::isText);
    }
}
