package vn.portalnews.article.sitemap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.article.ArticleQueries.SitemapRow;
import vn.portalnews.article.ArticleService;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.RenderedJson;
import vn.portalnews.common.SitemapSections;
import vn.portalnews.common.XmlDocument;
import jakarta.enterprise.inject.Instance;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Sitemaps (sitemaps.org 0.9) of a site's frontend: an index, pages of at most 50,000 article URLs with their
 * last change, and a Google News sitemap of the last two days. They list the frontend's pages, so they need the
 * site's article URL template; without one there is nothing to list (404 saying so).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SitemapService {

    /** The sitemaps.org limit of URLs in one sitemap. */
    public static final int URLS_PER_SITEMAP = 50_000;
    /** News sitemaps hold the articles of the last two days (Google's rule). */
    private static final Duration NEWS_WINDOW = Duration.ofDays(2);
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final ArticleService articles;
    private final Instance<SitemapSections> sections;
    private final Clock clock;

    SitemapService(ArticleService articles, Instance<SitemapSections> sections, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.clock = clock;
    }

    /**
     * The index: one sitemap per 50,000 public articles, the news sitemap, and what other features list
     * ({@link SitemapSections}: the documents' pages). {@code base} is the API's address.
     */
    public RenderedJson index(SiteRef site, String base) {
        requireTemplate(site);
        long pages = Math.max(1, (articles.publicCount(site) + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
        List<String> more = sections.stream().flatMap(section -> section.paths(site.slug()).stream()).toList();
        String prefix = base + "/api/v1/sites/" + site.slug();
        return RenderedJson.of(XmlDocument.write(out -> {
            out.writeStartElement("sitemapindex");
            out.writeDefaultNamespace(SITEMAP_NS);
            for (long page = 1; page <= pages; page++) {
                out.writeStartElement("sitemap");
                XmlDocument.text(out, "loc", prefix + "/sitemap-" + page + ".xml");
                out.writeEndElement();
            }
            out.writeStartElement("sitemap");
            XmlDocument.text(out, "loc", prefix + "/news-sitemap.xml");
            out.writeEndElement();
            for (String path : more) {
                out.writeStartElement("sitemap");
                XmlDocument.text(out, "loc", prefix + path);
                out.writeEndElement();
            }
            out.writeEndElement();
        }), List.of());
    }

    /** Page {@code page} (1-based): the site's home page first, then its public articles, oldest first. */
    public RenderedJson page(SiteRef site, int page) {
        requireTemplate(site);
        // a long: page 42,950 and beyond would wrap an int into a negative offset
        List<SitemapRow> rows = articles.sitemapPage(site, null, (page - 1L) * URLS_PER_SITEMAP, URLS_PER_SITEMAP);
        if (rows.isEmpty() && page > 1) {
            throw ApiProblemException.notFound("Site '" + site.slug() + "' has no sitemap page " + page);
        }
        return RenderedJson.of(XmlDocument.write(out -> {
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(SITEMAP_NS);
            if (page == 1 && site.siteUrl() != null) {
                out.writeStartElement("url");
                XmlDocument.text(out, "loc", site.siteUrl());
                out.writeEndElement();
            }
            for (SitemapRow row : rows) {
                out.writeStartElement("url");
                XmlDocument.text(out, "loc", site.articlePage(row.slug(), row.id()).orElseThrow());
                XmlDocument.text(out, "lastmod", LocalDates.local(row.updatedAt(), site.zone()).toString());
                out.writeEndElement();
            }
            out.writeEndElement();
        }), List.of());
    }

    /** The articles published in the last two days, with Google News' publication, date and title. */
    public RenderedJson news(SiteRef site) {
        requireTemplate(site);
        List<SitemapRow> rows = articles.sitemapPage(site, clock.instant().minus(NEWS_WINDOW), 0, 1000);
        return RenderedJson.of(XmlDocument.write(out -> {
            out.setPrefix("news", NEWS_NS);
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(SITEMAP_NS);
            out.writeNamespace("news", NEWS_NS);
            for (SitemapRow row : rows) {
                out.writeStartElement("url");
                XmlDocument.text(out, "loc", site.articlePage(row.slug(), row.id()).orElseThrow());
                out.writeStartElement(NEWS_NS, "news");
                out.writeStartElement(NEWS_NS, "publication");
                out.writeStartElement(NEWS_NS, "name");
                out.writeCharacters(site.name());
                out.writeEndElement();
                out.writeStartElement(NEWS_NS, "language");
                out.writeCharacters("vi");
                out.writeEndElement();
                out.writeEndElement();
                out.writeStartElement(NEWS_NS, "publication_date");
                out.writeCharacters(LocalDates.local(row.publishedAt(), site.zone()).toString());
                out.writeEndElement();
                out.writeStartElement(NEWS_NS, "title");
                out.writeCharacters(row.title());
                out.writeEndElement();
                out.writeEndElement();
                out.writeEndElement();
            }
            out.writeEndElement();
        }), List.of());
    }

    /** The news sitemap changes as articles age out of it, not only with edits: it is kept an hour at most. */
    public long newsHour() {
        return clock.instant().getEpochSecond() / 3600;
    }

    private static void requireTemplate(SiteRef site) {
        if (site.articleUrlTemplate() == null) {
            throw ApiProblemException.notFound("Site '" + site.slug() + "' has no sitemap: an administrator sets its "
                    + "articleUrlTemplate (where its frontend shows an article) first");
        }
    }
}
