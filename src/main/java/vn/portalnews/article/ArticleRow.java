package vn.portalnews.article;

import java.time.Instant;

/** An article as the list queries project it: everything but the body. */
public record ArticleRow(long id, String slug, String title, String summary, String author,
                         String categorySlug, String categoryName, Instant publishedAt, Instant updatedAt,
                         long viewCount, String coverImageUrl) {

    public static final String SELECT = """
            select new vn.portalnews.article.ArticleRow(a.id, a.slug, a.title, a.summary, a.authorName,
                c.slug, c.name, a.publishedAt, a.updatedAt, a.viewCount, a.coverImageUrl)
            from Article a join a.category c
            """;
}
