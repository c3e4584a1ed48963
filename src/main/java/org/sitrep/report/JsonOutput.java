package org.sitrep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sitrep.model.Reading;

/** The JSON contract (docs/output-format.md): one object per article, one line each for several. */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {}

    public static ObjectMapper mapper() { return MAPPER; }

    public static String line(Reading r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reading could not be written as JSON", e);
        }
    }
}
