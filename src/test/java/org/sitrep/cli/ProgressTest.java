package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theIngestBarShowsDoneOfReadRateEtaFailuresAndCopies() {
        Progress p = new Progress();
        p.read.set(10);
        p.added.set(4);
        p.failed.set(1);
        p.copies.set(2);
        assertThat(p.line()).startsWith("\r[#########...............] 4/10+ articles").contains("ETA ?", "1 failed", "2 copies");
        p.readingDone = true;
        assertThat(p.line()).contains("4/10 articles").doesNotContain("ETA ?").containsPattern("ETA \\d+m\\d\\ds");
    }

    @Test
    void thePublishingBarCountsAcknowledgedArticles() throws Exception {
        Progress p = new Progress();
        p.read.set(3);
        p.added.set(3);
        p.readingDone = true;
        assertThat(p.publishLine()).contains("[########################] 3/3 articles published", "0 failed").doesNotContain("copies");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Thread drawer = p.drawOn(err, p::publishLine);
        for (int i = 0; i < 200 && bytes.size() == 0; i++) Thread.sleep(50); // the drawer's first frame
        drawer.interrupt();
        drawer.join();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\r[").contains("articles published");
    }
}
