/** Who said what: direct, indirect and mixed quotations with cue, speaker and addressee, and the claims they carry with their source chains. */
package org.sitrep.quotes;
