package vn.portalnews.common;

import java.util.List;

/** Sitemaps a feature adds to a site's sitemap index (the documents' pages), as paths under {@code /api/v1/sites/{site}}. */
public interface SitemapSections {

    /** Empty when the feature has nothing to list for the site (no URL template for its pages). */
    List<String> paths(String siteSlug);
}
