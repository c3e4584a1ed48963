package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    @TempDir
    Path tmp;

    @Test
    void timeMlOffsetsPointIntoTheTextContent() throws Exception {
        Path f = tmp.resolve("a.tml");
        Files.writeString(f, """
                <?xml version="1.0" ?>
                <TimeML><DOCID>X</DOCID>
                <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
                <TEXT>Sales &amp; profits fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, <EVENT eid="e1">after</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>.</TEXT>
                </TimeML>
                """);
        TimeMlReader.Doc d = TimeMlReader.read(f);
        assertThat(d.dct()).isEqualTo("1998-01-08");
        assertThat(d.text()).isEqualTo("Sales & profits fell yesterday, after a week.");
        assertThat(d.timexes()).hasSize(2);
        TimeMlReader.Timex t = d.timexes().get(0);
        assertThat(d.text().substring(t.start(), t.end())).isEqualTo("yesterday");
        assertThat(t.value()).isEqualTo("1998-01-07");
        assertThat(d.text().substring(d.timexes().get(1).start(), d.timexes().get(1).end())).isEqualTo("a week");
    }

    @Test
    void meantimeMentionsTakeTheTypeOfTheEntityTheyReferTo() throws Exception {
        Path f = tmp.resolve("m.xml");
        Files.writeString(f, """
                <?xml version="1.0" ?><Document doc_id="1" doc_name="d1">
                <token number="0" sentence="0" t_id="1">Airbus</token><token number="1" sentence="0" t_id="2">wins</token>
                <token number="0" sentence="1" t_id="3">Tom</token><token number="1" sentence="1" t_id="4">Enders</token>
                <Markables>
                <ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
                <ENTITY_MENTION m_id="11" syntactic_type="NAM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
                <ENTITY m_id="20" ent_type="ORG" TAG_DESCRIPTOR="Airbus"/><ENTITY m_id="21" ent_type="PER" TAG_DESCRIPTOR="Tom Enders"/>
                </Markables><Relations>
                <REFERS_TO r_id="1"><source m_id="10"/><target m_id="20"/></REFERS_TO>
                <REFERS_TO r_id="2"><source m_id="11"/><target m_id="21"/></REFERS_TO>
                </Relations></Document>
                """);
        MeantimeReader.Doc d = MeantimeReader.read(f);
        assertThat(d.words()).containsExactly(List.of("Airbus", "wins"), List.of("Tom", "Enders"));
        assertThat(d.mentions()).containsExactly(new MeantimeReader.Mention(0, 1, "ORG", "NAM"), new MeantimeReader.Mention(2, 4, "PER", "NAM"));
        assertThat(d.annotatedTokens()).isEqualTo(4);
    }

    @Test
    void conllSplitsDocumentsAndSentences() throws Exception {
        Path f = tmp.resolve("c.txt");
        Files.writeString(f, "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n"
                + "-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n");
        List<ConllReader.Doc> docs = ConllReader.read(f);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).words()).containsExactly(List.of("EU", "rejects"), List.of("Peter"));
        assertThat(docs.get(0).tags()).containsExactly(List.of("B-ORG", "O"), List.of("B-PER"));
        assertThat(docs.get(1).tokens()).isEqualTo(1);
    }

    /** The real files read with the counts their PROVENANCE.md states. */
    @Test
    void sharedDatasetsReadWithPublishedCounts() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data")), "shared data not available");
        Path data = Path.of(shared, "data");
        Path conll = data.resolve("conll2003/test.txt");
        if (Files.exists(conll)) {
            List<ConllReader.Doc> docs = ConllReader.read(conll);
            assertThat(docs).hasSize(231);
            assertThat(docs.stream().mapToInt(ConllReader.Doc::tokens).sum()).isEqualTo(46435);
            List<List<String>> gold = docs.stream().flatMap(d -> d.tags().stream()).toList();
            assertThat(gold).hasSize(3453);
            assertThat(Conlleval.score(gold, gold).byType()).containsEntry("PER", new Counts(1617, 1617, 1617))
                    .containsEntry("LOC", new Counts(1668, 1668, 1668)).containsEntry("ORG", new Counts(1661, 1661, 1661))
                    .containsEntry("MISC", new Counts(702, 702, 702));
        }
        if (Files.isDirectory(data.resolve("tempeval3/TimeBank"))) {
            List<TimeMlReader.Doc> docs = TimeMlReader.readAll(List.of(data.resolve("tempeval3/TimeBank"), data.resolve("tempeval3/AQUAINT")));
            assertThat(docs).hasSize(256);
            assertThat(docs.stream().mapToInt(d -> d.timexes().size()).sum()).isEqualTo(1822);
            assertThat(docs).allSatisfy(d -> assertThat(d.dct()).isNotNull());
        }
        if (Files.isDirectory(data.resolve("meantime-en/intra-doc_annotation"))) {
            List<MeantimeReader.Doc> docs = MeantimeReader.readAll(data.resolve("meantime-en/intra-doc_annotation"));
            assertThat(docs).hasSize(90);
            assertThat(docs.stream().mapToInt(MeantimeReader.Doc::tokens).sum()).isEqualTo(30315);
            assertThat(docs.stream().mapToLong(d -> d.mentions().size()).sum()).isEqualTo(2396);
        }
    }
}
