package org.sitrep.eval;

import java.util.List;
import java.util.Map;

/** What one evaluator produced: a JSON-ready object (precision, recall, f1, n and task metrics) and table rows. */
public record Outcome(String evaluator, Map<String, Object> json, List<Row> rows) {
    public Outcome {
        rows = List.copyOf(rows);
    }
}
