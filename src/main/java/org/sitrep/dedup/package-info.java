/** Near-duplicate detection: word shingles, MinHash signatures and LSH band keys, containment to confirm a copy. */
package org.sitrep.dedup;
