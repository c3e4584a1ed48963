/** Evaluation: one evaluator per task over public benchmarks in their original formats, shared metrics, published figures beside ours. */
package org.sitrep.eval;
