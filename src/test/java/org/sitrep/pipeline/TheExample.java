package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.SharedData;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Loaded;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Reading;

/**
 * The bundled example article, read once for all the tests that check it against the analyst's reading in
 * ../shared/examples/*.expected.json.
 */
public final class TheExample {
    /** The copy the project ships (README's first command); a test checks it equals the shared one. */
    public static final Path TEXT = Path.of("examples/nrt-2019-11-19-isis-prison-breaks.txt");
    public static final String EXPECTED = "examples/nrt-2019-11-19-isis-prison-breaks.expected.json";

    private static volatile Reading reading;
    private static volatile JsonNode expected;

    private TheExample() {}

    public static synchronized Reading reading() {
        if (reading == null) {
            List<Loaded> loaded = new ArrayList<>();
            new Inputs(ReadOptions.defaults().withPublished("2019-11-19")).read(List.of(TEXT.toString()), System.in, loaded::add);
            assertThat(loaded).hasSize(1);
            assertThat(loaded.get(0).error()).isNull();
            reading = SharedAnalyzer.get().analyze(loaded.get(0).article());
        }
        return reading;
    }

    public static synchronized JsonNode expected() {
        if (expected == null) {
            try {
                expected = new ObjectMapper().readTree(SharedData.require(EXPECTED).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return expected;
    }
}
