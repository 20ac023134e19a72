package vn.portalnews.article;

import vn.portalnews.common.QueryParams;

/** Either a keyset {@code cursor} (any depth at constant cost) or a 1-based numbered {@code page}. */
public record Paging(int limit, String cursor, Integer page) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_PAGE = 100_000;

    private static final int MAX_CURSOR_LENGTH = 200;

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

    public String cacheKey() {
        return "limit=" + limit + "|cursor=" + cursor + "|page=" + page;
    }
}
