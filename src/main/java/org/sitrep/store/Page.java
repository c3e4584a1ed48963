package org.sitrep.store;

/**
 * A window on a result list: at most {@code limit} items after skipping {@code offset}. Offsets are capped because a
 * deep offset still makes SQLite sort and skip every earlier row; past {@link #MAX_OFFSET} a narrower query is the answer.
 */
public record Page(int limit, int offset) {

    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 10_000;

    public Page {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET);
    }

    public static Page first(int limit) { return new Page(limit, 0); }
}
