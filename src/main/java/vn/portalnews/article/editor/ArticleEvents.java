package vn.portalnews.article.editor;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.article.Article;
import vn.portalnews.article.ArticleStatus;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.ContentEvents;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor's change means to the public side, told to the site's subscribers: published, updated,
 * unpublished or deleted, judged by what readers could see before and after (a scheduled publication is told
 * at its instant).
 */
@ApplicationScoped
class ArticleEvents {

    /** The article as the public side showed it before a change. */
    record Before(List<String> tags, boolean visible, boolean scheduled, String slug) {
    }

    private final ContentEvents events;
    private final Clock clock;

    ArticleEvents(ContentEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    Before before(SiteRef site, Article article) {
        Instant now = clock.instant();
        boolean published = isPublished(article);
        return new Before(publicTags(site, article), published && !article.publishedAt.isAfter(now),
                published && article.publishedAt.isAfter(now), article.slug);
    }

    /**
     * The cache tags of every public answer that shows a published article (see {@link CacheTags}): its own,
     * its site's lists, its category's and its day's, search and the calendar; none for a draft or an archived one.
     */
    static List<String> publicTags(SiteRef site, Article article) {
        if (!isPublished(article)) {
            return List.of();
        }
        return List.of(CacheTags.article(article.id), CacheTags.list(site.slug()),
                CacheTags.category(site.slug(), article.category.slug),
                CacheTags.day(site.slug(), article.publishedAt.atZone(site.zone()).toLocalDate()),
                CacheTags.search(site.slug()), CacheTags.archive(site.slug()));
    }

    /** @param tags every cache tag the change touches, before and after */
    void changed(SiteRef site, Before before, Article article, Collection<String> tags) {
        Instant now = clock.instant();
        boolean published = isPublished(article);
        boolean visible = published && !article.publishedAt.isAfter(now);
        Instant scheduledAt = published && !visible ? article.publishedAt : null;
        if (before.visible() && visible) {
            tell(site, "article.updated", before, article, tags, null);
        } else if (before.visible() || (before.scheduled() && !published)) {
            // a scheduled publication called off is told as unpublished, which also withdraws the scheduled event
            tell(site, article.status == ArticleStatus.ARCHIVED ? "article.deleted" : "article.unpublished",
                    before, article, tags, null);
        }
        if (!before.visible() && visible) {
            tell(site, "article.published", before, article, tags, null);
        } else if (scheduledAt != null) {
            tell(site, "article.published", before, article, tags, scheduledAt);
        }
    }

    private void tell(SiteRef site, String type, Before before, Article article, Collection<String> tags, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("site", site.slug());
        data.put("id", article.id);
        data.put("slug", article.slug);
        data.put("previousSlug", before.slug().equals(article.slug) ? null : before.slug());
        data.put("title", article.title);
        data.put("category", article.category.slug);
        data.put("publishedAt", article.publishedAt == null ? null : article.publishedAt.toString());
        data.put("url", site.articlePage(article.slug, article.id).orElse(null));
        Set<String> urls = new LinkedHashSet<>();
        for (String slug : new LinkedHashSet<>(List.of(before.slug(), article.slug))) {
            site.articlePage(slug, article.id).ifPresent(urls::add);
            urls.add("/api/v1/sites/" + site.slug() + "/articles/" + slug);
        }
        if (site.siteUrl() != null) {
            urls.add(site.siteUrl());
        }
        events.record(new ContentEvents.Event(site.id(), type, "article:" + article.id, data, tags, urls, at));
    }

    private static boolean isPublished(Article article) {
        return article.status == ArticleStatus.PUBLISHED && article.publishedAt != null;
    }
}
