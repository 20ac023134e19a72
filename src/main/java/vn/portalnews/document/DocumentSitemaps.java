package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.RenderedJson;
import vn.portalnews.common.SitemapSections;
import vn.portalnews.common.XmlDocument;
import vn.portalnews.site.SiteDirectory;
import vn.portalnews.site.SiteRef;

import java.util.List;

/**
 * Sitemaps of a site's document pages, 50,000 URLs each, in id order; the site's sitemap index lists them as a
 * {@link SitemapSections}. They need the site's document URL template.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentSitemaps implements SitemapSections {

    private static final int URLS_PER_SITEMAP = 50_000;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final DocumentQueries queries;
    private final SiteDirectory sites;

    DocumentSitemaps(DocumentQueries queries, SiteDirectory sites) {
        this.queries = queries;
        this.sites = sites;
    }

    @Override
    public List<String> paths(String siteSlug) {
        long pages = pageCount(sites.require(siteSlug));
        return java.util.stream.LongStream.rangeClosed(1, pages).mapToObj(page -> "/documents/sitemap-" + page + ".xml").toList();
    }

    /** How many document sitemaps the site has: none without a document URL template. */
    long pageCount(SiteRef site) {
        if (site.documentUrlTemplate() == null) {
            return 0;
        }
        return Math.max(1, (queries.publishedCount(site.id()) + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
    }

    public RenderedJson page(SiteRef site, int page) {
        if (site.documentUrlTemplate() == null) {
            throw ApiProblemException.notFound("Site '" + site.slug() + "' has no document sitemap: an administrator sets its "
                    + "documentUrlTemplate (where its frontend shows a document) first");
        }
        List<DocumentQueries.SitemapRow> rows = queries.sitemapPage(site.id(), (page - 1L) * URLS_PER_SITEMAP, URLS_PER_SITEMAP);
        if (rows.isEmpty() && page > 1) {
            throw ApiProblemException.notFound("Site '" + site.slug() + "' has no document sitemap page " + page);
        }
        return RenderedJson.of(XmlDocument.write(out -> {
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(SITEMAP_NS);
            for (DocumentQueries.SitemapRow row : rows) {
                out.writeStartElement("url");
                XmlDocument.text(out, "loc", site.documentPage(row.id()).orElseThrow());
                XmlDocument.text(out, "lastmod", LocalDates.local(row.updatedAt(), site.zone()).toString());
                out.writeEndElement();
            }
            out.writeEndElement();
        }), List.of());
    }
}
