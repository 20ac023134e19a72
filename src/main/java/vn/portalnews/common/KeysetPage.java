package vn.portalnews.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset listing. Queries fetch {@code limit + 1} rows: the extra row is never shown, it only
 * says that a next page exists, so no count is needed.
 */
public record KeysetPage<T>(List<T> items, boolean more) {

    /** @param rows up to {@code limit + 1} rows in the listing's order */
    public static <T> KeysetPage<T> of(List<T> rows, int limit) {
        boolean more = rows.size() > limit;
        return new KeysetPage<>(more ? List.copyOf(rows.subList(0, limit)) : rows, more);
    }

    /** The cursor of the last item shown, or null on the last page. */
    public String nextCursor(Function<T, String> cursorOf) {
        return more ? cursorOf.apply(items.get(items.size() - 1)) : null;
    }

    public <R> List<R> map(Function<T, R> mapper) {
        return items.stream().map(mapper).toList();
    }
}
