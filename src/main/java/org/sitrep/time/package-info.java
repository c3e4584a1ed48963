/** Time expressions: TIMEX3 values resolved against the publication date, with ambiguity reported instead of guessed. */
package org.sitrep.time;
