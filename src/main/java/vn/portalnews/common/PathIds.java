package vn.portalnews.common;

/** Numeric ids in paths (articles, media, albums, revisions). */
public final class PathIds {

    private PathIds() {
    }

    /** The id, or a 404: an id that is not a positive number up to {@code max} names nothing, like one that does not exist. */
    public static long of(String raw, String what, long max) {
        try {
            long value = Long.parseLong(raw);
            if (value > 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the 404
        }
        throw ApiProblemException.notFound("There is no " + what + " '" + raw + "'");
    }

    public static long of(String raw, String what) {
        return of(raw, what, Long.MAX_VALUE);
    }
}
