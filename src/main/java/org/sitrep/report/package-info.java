/** Output of a reading: the JSON contract and the text report an analyst skims. */
package org.sitrep.report;
