package org.sitrep.store;

import java.util.List;

/** One page of a result list and the size of the whole list, so a client can say "51–100 of 1,234". */
public record Paged<T>(List<T> items, long total, int limit, int offset) {

    public Paged {
        items = List.copyOf(items);
    }
}
