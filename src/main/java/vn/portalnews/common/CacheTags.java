package vn.portalnews.common;

import java.time.LocalDate;

/**
 * The names a CDN may purge public answers by (Surrogate-Key, Cache-Tag). Every public answer carries
 * {@link #site}; the others say what else it shows. An editor's change purges exactly the names of what it
 * touched (see {@link ContentChanges}).
 */
public final class CacheTags {

    /** The list of sites. */
    public static final String SITES = "sites";

    private CacheTags() {
    }

    /** Everything of a site: a change of the site or of its categories purges this. */
    public static String site(String site) {
        return "site:" + site;
    }

    /** The site's lists not narrowed to a category or a day (latest news, date ranges, related news' top-up). */
    public static String list(String site) {
        return "list:" + site;
    }

    public static String category(String site, String category) {
        return "category:" + site + ":" + category;
    }

    public static String day(String site, LocalDate day) {
        return "day:" + site + ":" + day;
    }

    /** An answer showing this article, whole or in a list. */
    public static String article(long id) {
        return "article:" + id;
    }

    /** Search and suggest answers: any new or changed article may change them. */
    public static String search(String site) {
        return "search:" + site;
    }

    /** The calendar of days with news, and the categories with their article counts. */
    public static String archive(String site) {
        return "archive:" + site;
    }

    /** The site's list of albums. */
    public static String albums(String site) {
        return "albums:" + site;
    }

    /** An answer showing this album, whole or in a list. */
    public static String album(long id) {
        return "album:" + id;
    }

    /** Every list, facet and search of the site's official documents. */
    public static String documents(String site) {
        return "documents:" + site;
    }

    /** An answer showing this document, whole or in a list. */
    public static String document(long id) {
        return "document:" + id;
    }
}
