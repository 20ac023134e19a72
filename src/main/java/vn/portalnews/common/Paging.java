package vn.portalnews.common;

/** Either a keyset {@code cursor} (any depth at constant cost) or a 1-based numbered {@code page}. */
public record Paging(int limit, String cursor, Integer page) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_CURSOR_LENGTH = 200;

    /** Reads limit, cursor and page; problems are collected in {@code params}. */
    public static Paging parse(QueryParams params, String limit, String cursor, String page) {
        Paging paging = new Paging(
                params.integer("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT),
                params.text("cursor", cursor, MAX_CURSOR_LENGTH),
                params.integer("page", page, 1, MAX_PAGE, null));
        if (paging.cursor() != null && paging.page() != null) {
            params.reject("page", "use either cursor or page, not both");
        }
        return paging;
    }

    /** Rows skipped before a numbered page; 0 with a cursor. */
    public int offset() {
        return page == null ? 0 : (page - 1) * limit;
    }

    public long pages(long totalItems) {
        return (totalItems + limit - 1) / limit;
    }

    public String cacheKey() {
        return "limit=" + limit + "|cursor=" + cursor + "|page=" + page;
    }
}
