/** The analysis of one article, stage after stage: a pure function of the article and the shipped resources. */
package org.sitrep.pipeline;
