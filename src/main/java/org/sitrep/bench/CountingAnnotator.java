package org.sitrep.bench;

import java.time.LocalDate;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Annotator;

/**
 * Passes annotation through and remembers, per thread, how many tokens the last call produced: the Reading does
 * not carry tokens, and this way the pipeline under test runs unchanged.
 */
final class CountingAnnotator implements Annotator {

    private final Annotator inner;
    private final ThreadLocal<int[]> last = ThreadLocal.withInitial(() -> new int[1]);

    CountingAnnotator(Annotator inner) { this.inner = inner; }

    @Override
    public Annotated annotate(String text, LocalDate reference) {
        Annotated a = inner.annotate(text, reference);
        last.get()[0] = a.tokens().size();
        return a;
    }

    /** Tokens of this thread's last annotated text. */
    int lastCount() { return last.get()[0]; }
}
