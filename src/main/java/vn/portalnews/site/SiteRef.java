package vn.portalnews.site;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What every public request needs of its site, kept in memory: the id to query by, the zone of its days, and
 * where its frontend's pages live (for feeds and sitemaps; null until an administrator sets them).
 */
public record SiteRef(long id, String slug, String name, ZoneId zone, String siteUrl, String articleUrlTemplate,
                      String documentUrlTemplate) {

    public SiteRef(long id, String slug, String name, ZoneId zone) {
        this(id, slug, name, zone, null, null, null);
    }

    /** The frontend's page of an article: the template with {slug} and {id} filled in; empty without a template. */
    public Optional<String> articlePage(String articleSlug, long articleId) {
        return Optional.ofNullable(articleUrlTemplate)
                .map(template -> template.replace("{slug}", articleSlug).replace("{id}", Long.toString(articleId)));
    }

    /** The frontend's page of an official document; empty without a template. */
    public Optional<String> documentPage(long documentId) {
        return Optional.ofNullable(documentUrlTemplate).map(template -> template.replace("{id}", Long.toString(documentId)));
    }
}
