package vn.portalnews.common;

import java.util.List;

/**
 * Optimistic concurrency over HTTP for everything editors change: the ETag is {@code "v<version>"}, and an
 * update that sends If-Match must name the current one, so nobody silently overwrites a colleague's change.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /**
     * @param what     what is changed, for the message ("article", "medium", "album")
     * @param required false where If-Match is optional: checked only when sent
     */
    public static void check(String ifMatch, long currentVersion, boolean required, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ApiProblemException(ProblemType.PRECONDITION_REQUIRED,
                        "Send the " + what + "'s ETag in If-Match; GET the " + what + " to learn it", List.of());
            }
            return;
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            // Strong comparison: a weak tag never matches, and "*" does not stand for a known version.
            if (tag.trim().equals(current)) {
                return;
            }
        }
        throw new ApiProblemException(ProblemType.PRECONDITION_FAILED,
                "The " + what + " changed since you read it (now " + current + "); GET it again and reapply your change", List.of());
    }
}
