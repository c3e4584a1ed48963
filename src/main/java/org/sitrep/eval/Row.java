package org.sitrep.eval;

import java.util.List;

/**
 * One line of EVALUATION.md: a system's score on one task and dataset, its 95% bootstrap interval, the published
 * systems to compare with, and the command that reproduces the number.
 */
public record Row(String task, String dataset, String system, String metric, double value, Bootstrap.Interval interval,
                  long n, List<Published> published, String command, String note) {
    public Row {
        published = List.copyOf(published);
    }
}
