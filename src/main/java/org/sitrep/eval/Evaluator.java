package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;

/**
 * One task's evaluator, already pointed at its data. {@code sitrep eval all} holds one factory per task
 * ({@code Path dataRoot -> Optional<Evaluator>}, empty when the task's data is absent), so adding a task is one line.
 */
public interface Evaluator {

    /** The task name (ner, time, extract …), also the key of its object in {@code eval all --json}. */
    String name();

    /**
     * Scores sitrep; the human-readable report (scores, error breakdown, timing) goes to {@code report}.
     *
     * @param context shared pipelines, loaded once per run
     */
    Outcome run(EvalContext context, PrintStream report) throws IOException;
}
