package vn.portalnews.article.editor;

import vn.portalnews.common.IfMatch;

/** An article's ETag is its version; every update must send it back in If-Match (see {@link IfMatch}). */
final class ArticleVersions {

    private ArticleVersions() {
    }

    static String etag(long version) {
        return IfMatch.etag(version);
    }

    /** @param required false where If-Match is optional (publishing): checked only when sent */
    static void check(String ifMatch, long currentVersion, boolean required) {
        IfMatch.check(ifMatch, currentVersion, required, "article");
    }
}
