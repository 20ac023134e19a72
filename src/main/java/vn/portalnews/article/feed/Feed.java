package vn.portalnews.article.feed;

import java.time.OffsetDateTime;
import java.util.List;

/** What every feed format says, with absolute links: the site (or one of its categories) and its newest articles. */
record Feed(String id, String title, String description, String homePage, String self, OffsetDateTime updated,
            List<Item> items) {

    /** content is the HTML body for full feeds, null for summaries. */
    record Item(String id, String title, String link, String summary, String content, OffsetDateTime published,
                OffsetDateTime updated, String author, String category, Enclosure image, List<Enclosure> attachments) {
    }

    /** A linked file: the cover image, an attachment. */
    record Enclosure(String url, String mime, long bytes, String title) {
    }
}
