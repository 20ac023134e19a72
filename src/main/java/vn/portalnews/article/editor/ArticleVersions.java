package vn.portalnews.article.editor;

import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.ProblemType;

import java.util.List;

/**
 * Optimistic concurrency over HTTP: an article's ETag is its version, and every update must send it back in
 * If-Match, so an editor never silently overwrites a colleague's change.
 */
final class ArticleVersions {

    private ArticleVersions() {
    }

    static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** @param required false where If-Match is optional (publishing): checked only when sent */
    static void check(String ifMatch, long currentVersion, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ApiProblemException(ProblemType.PRECONDITION_REQUIRED,
                        "Send the article's ETag in If-Match; GET the article to learn it", List.of());
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
                "The article changed since you read it (now " + current + "); GET it again and reapply your change", List.of());
    }
}
