/** Linguistic annotation (sentences, tokens, POS, lemmas, named-entity tags, time expressions) behind one adapter: the only package where CoreNLP types appear. */
package org.sitrep.annotate;
