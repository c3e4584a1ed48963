/** Outbound HTTP policy: which addresses a server-side fetch or webhook may reach (the SSRF guard). */
package org.sitrep.net;
