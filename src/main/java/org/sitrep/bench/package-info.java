/** Throughput benchmarks of the whole pipeline, side by side with a plain CoreNLP pipeline in the same run. */
package org.sitrep.bench;
