/** Quantities: numbers with their value, approximation and the noun phrase they count. */
package org.sitrep.quantities;
