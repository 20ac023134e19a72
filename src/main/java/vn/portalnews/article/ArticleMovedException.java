package vn.portalnews.article;

/** The slug asked for is a former slug of a public article; answered with a permanent redirect. */
public class ArticleMovedException extends RuntimeException {

    private final String currentSlug;

    ArticleMovedException(String currentSlug) {
        super(currentSlug, null, false, false);
        this.currentSlug = currentSlug;
    }

    public String currentSlug() {
        return currentSlug;
    }
}
