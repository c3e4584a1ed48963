package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.router.JavalinDefaultRouting;

/**
 * A set of API routes and their OpenAPI description. The analysis routes are one group; the store-backed routes
 * (search, events, entities, places, clusters, stats, watch rules) will be another, added to {@link WebApp} without
 * changing it. A group throws {@link ApiError} for refused requests and gets the common headers, limits and error
 * shape from the app.
 */
public interface RouteGroup {

    /** Adds the group's routes (paths under {@code /api/}). */
    void register(JavalinDefaultRouting router);

    /** The group's entries for the OpenAPI {@code paths} object, keyed by path. */
    ObjectNode openApiPaths();
}
