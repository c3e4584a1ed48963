/**
 * Watch rules: named, structured filters over the store's events (actor, type, modality, country, place radius,
 * outlet, minimum independent sources) that are checked after each ingest (the CLI's, and each article the server's
 * {@code POST /api/ingest} adds). Each rule means exactly what {@code sitrep search} with the same options means (the
 * store's own filters are reused). Matches are kept in the store's file ({@code watch_rules}, {@code watch_matches},
 * {@code watch_outbox}, {@code watch_deliveries}) and delivered as an Atom feed per rule and, when the rule has one,
 * as webhook POSTs; a failed delivery waits in the outbox and is retried by later checks with backoff.
 */
package org.sitrep.watch;
