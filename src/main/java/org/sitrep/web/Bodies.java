package org.sitrep.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body with a hard size limit, whether or not the client sent a Content-Length (chunked uploads have none). */
final class Bodies {

    private Bodies() {}

    static byte[] read(Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) throw tooLarge(declared, max);
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) throw tooLarge(-1, max);
            return bytes;
        } catch (IOException e) {
            throw ApiError.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    private static ApiError tooLarge(long size, long max) {
        String limit = String.format("%.1f MB", max / 1048576.0);
        return new ApiError(413, size > 0
                ? String.format("body too large: %.1f MB (the limit is %s; the server's --max-body raises it)", size / 1048576.0, limit)
                : "body too large: more than " + limit + " (the server's --max-body raises it)");
    }
}
