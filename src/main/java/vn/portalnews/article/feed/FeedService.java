package vn.portalnews.article.feed;

import vn.portalnews.common.Feed;
import vn.portalnews.common.FeedWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.article.ArticleQueries.PublicArticle;
import vn.portalnews.article.ArticleRow;
import vn.portalnews.article.ArticleService;
import vn.portalnews.category.CategoryService;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.RenderedJson;
import vn.portalnews.media.Attachment;
import vn.portalnews.media.Image;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** A site's feeds: its newest public articles (or one category's), with links to the frontend's pages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {

    /** What a feed asks for. base is the API's absolute address, full whether bodies go in. */
    public record FeedRequest(FeedWriter.Format format, String category, boolean full, int limit, String base, String self) {
    }

    private final ArticleService articles;
    private final CategoryService categories;
    private final Clock clock;

    FeedService(ArticleService articles, CategoryService categories, Clock clock) {
        this.articles = articles;
        this.categories = categories;
        this.clock = clock;
    }

    public RenderedJson feed(SiteRef site, FeedRequest request) {
        List<PublicArticle> newest = articles.newestWithBodies(site, request.category(), request.limit());
        String categoryName = request.category() == null ? null : categories.name(site, request.category());
        String home = site.siteUrl() != null ? site.siteUrl() : request.base() + "/api/v1/sites/" + site.slug();
        OffsetDateTime updated = newest.isEmpty() ? LocalDates.local(clock.instant(), site.zone())
                : newest.stream().map(article -> LocalDates.local(article.summary().updatedAt(), site.zone()))
                .max(OffsetDateTime::compareTo).orElseThrow();
        List<Feed.Item> items = newest.stream().map(article -> item(site, article, request)).toList();
        Feed feed = new Feed("tag:" + host(request.base()) + ",2026:" + site.slug() + (request.category() == null ? "" : ":" + request.category()),
                categoryName == null ? site.name() : site.name() + " – " + categoryName,
                "Tin mới của " + site.name() + (categoryName == null ? "" : ", mục " + categoryName),
                home, request.self(), updated, items);
        return RenderedJson.of(FeedWriter.write(feed, request.format()),
                newest.stream().map(article -> CacheTags.article(article.summary().id())).toList());
    }

    private static Feed.Item item(SiteRef site, PublicArticle article, FeedRequest request) {
        ArticleRow row = article.summary();
        String link = site.articlePage(row.slug(), row.id())
                .orElse(request.base() + "/api/v1/sites/" + site.slug() + "/articles/" + row.slug());
        Image cover = row.coverImage();
        Feed.Enclosure image = cover == null ? null : new Feed.Enclosure(request.base() + cover.url(), cover.mime(), cover.bytes(), cover.alt());
        List<Feed.Enclosure> attachments = article.attachments().stream()
                .map((Attachment attachment) -> new Feed.Enclosure(request.base() + attachment.url(), attachment.mime(),
                        attachment.bytes(), attachment.title())).toList();
        return new Feed.Item("tag:" + host(request.base()) + ",2026:" + site.slug() + ":article:" + row.id(), row.title(), link,
                row.summary(), request.full() ? absolute(article.body(), request.base()) : null,
                LocalDates.local(row.publishedAt(), site.zone()), LocalDates.local(row.updatedAt(), site.zone()),
                row.author() == null ? site.name() : row.author(), row.categoryName(), image, attachments);
    }

    /** Feed readers resolve no root-relative URL against the API: media in bodies get the API's address. */
    private static String absolute(String html, String base) {
        return html.replace("\"/api/v1/media/", "\"" + base + "/api/v1/media/").replace(" /api/v1/media/", " " + base + "/api/v1/media/");
    }

    private static String host(String base) {
        return java.net.URI.create(base).getHost();
    }
}
