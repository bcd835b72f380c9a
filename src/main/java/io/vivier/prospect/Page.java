package io.vivier.prospect;

import java.util.List;

/**
 * One page of a keyset-paginated list. {@code nextCursor} is null on the last page; pass it back
 * to get the next one. Keyset paging stays as fast on the last page as on the first, and does not
 * skip or repeat rows when others are inserted meanwhile.
 */
public record Page<T>(List<T> items, String nextCursor) {}
