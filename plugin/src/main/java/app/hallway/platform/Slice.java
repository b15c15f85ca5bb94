package app.hallway.platform;

import java.util.List;

/**
 * One page of a longer list: its items and the opaque cursor that fetches the next page ({@code ?cursor=}),
 * or null when there is none (DESIGN.md, REST contract: lists page with {@code ?limit=&cursor=}).
 */
public record Slice<T>(List<T> items, String nextCursor) {
    public Slice {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
