/** Entities: named-entity mentions corrected and grouped into people, organisations, places and groups, with aliases and titles. */
package org.sitrep.entities;
