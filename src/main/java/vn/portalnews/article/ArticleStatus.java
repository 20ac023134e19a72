package vn.portalnews.article;

public enum ArticleStatus {
    DRAFT,
    /** Public once its publishedAt has come; a future publishedAt means scheduled. */
    PUBLISHED,
    /** Withdrawn: kept for the record, never public. */
    ARCHIVED
}
