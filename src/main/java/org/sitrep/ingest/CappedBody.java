package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected in memory up to a cap: a declared Content-Length above the cap is refused before any
 * byte is read, and a body without one (chunked) is cut off as soon as it passes the cap, so a huge or endless
 * response never fills the heap.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed the cap; carries the one-line reason. */
    static final class TooLarge extends IOException {
        TooLarge(String message) { super(message); }
    }

    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private CappedBody(long maxBytes) { this.maxBytes = maxBytes; }

    static HttpResponse.BodySubscriber<byte[]> of(HttpResponse.ResponseInfo info, long maxBytes) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            // Refused before reading: the subscription is cancelled at once, nothing is buffered.
            return refuse(tooLarge(size(declared), maxBytes));
        }
        return new CappedBody(maxBytes);
    }

    private static HttpResponse.BodySubscriber<byte[]> refuse(TooLarge e) {
        CappedBody b = new CappedBody(0);
        b.result.completeExceptionally(e);
        return b;
    }

    static TooLarge tooLarge(String size, long maxBytes) {
        return new TooLarge("too large: " + size + " (the limit is " + size(maxBytes) + "; raise it with --max-bytes)");
    }

    /** Bytes below a megabyte, so a small --max-bytes does not read "0.0 MB". */
    static String size(long bytes) {
        return bytes < 1048576 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    @Override
    public CompletionStage<byte[]> getBody() { return result; }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) s.cancel();
        else s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            if (buffer.size() + (long) b.remaining() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(tooLarge("more than " + size(maxBytes), maxBytes));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buffer.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) { result.completeExceptionally(t); }

    @Override
    public void onComplete() { result.complete(buffer.toByteArray()); }
}
