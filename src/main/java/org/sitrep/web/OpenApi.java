package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The OpenAPI 3.1 document at {@code /api/openapi.json}: a hand-written base ({@code openapi.json}: info, the core
 * routes, shared components) plus each {@link RouteGroup}'s paths, so the document lists exactly the routes the
 * running server has.
 */
final class OpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {}

    /** Reads a JSON object shipped next to this class. */
    static ObjectNode fragment(String resource) {
        try (InputStream in = OpenApi.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/web/" + resource);
            JsonNode n = JSON.readTree(in);
            if (!n.isObject()) throw new IllegalStateException(resource + " is not a JSON object");
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String document(String version, List<RouteGroup> groups) {
        ObjectNode doc = fragment("openapi.json");
        ((ObjectNode) doc.get("info")).put("version", version);
        ObjectNode paths = (ObjectNode) doc.get("paths");
        for (RouteGroup g : groups) {
            g.openApiPaths().fields().forEachRemaining(e -> {
                if (paths.has(e.getKey())) throw new IllegalStateException("two route groups describe " + e.getKey());
                paths.set(e.getKey(), e.getValue());
            });
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
