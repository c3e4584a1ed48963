/** The corpus store: readings of many articles in one embedded SQLite file or a PostgreSQL database (docs/store.md), with search, export and stats. */
package org.sitrep.store;
