package vn.portalnews.article;

/** Either a keyset {@code cursor} (any depth at constant cost) or a 1-based numbered {@code page}. */
public record Paging(int limit, String cursor, Integer page) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_PAGE = 100_000;

    String cacheKey() {
        return "limit=" + limit + "|cursor=" + cursor + "|page=" + page;
    }
}
