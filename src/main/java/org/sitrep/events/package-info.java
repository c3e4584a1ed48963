/** What happened: events coded in PLOVER and CAMEO from triggers, actors, places and claims, with their modality. */
package org.sitrep.events;
