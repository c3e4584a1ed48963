package org.sitrep.web;

/**
 * A request the API refuses, with the HTTP status and a reason a person can act on. Handlers throw it; {@link WebApp}
 * turns it into {@code {"error": reason, "status": code}}, so every error of the API has one shape.
 */
public final class ApiError extends RuntimeException {

    private final int status;

    public ApiError(int status, String reason) {
        super(reason, null, false, false); // no stack trace: it is a reply, not a fault
        this.status = status;
    }

    public int status() { return status; }

    public static ApiError badRequest(String reason) { return new ApiError(400, reason); }
}
