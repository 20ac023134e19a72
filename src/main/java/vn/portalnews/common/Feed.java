package vn.portalnews.common;

import java.time.OffsetDateTime;
import java.util.List;

/** What every feed format says, with absolute links: the site (or one of its categories) and its newest articles. */
public record Feed(String id, String title, String description, String homePage, String self, OffsetDateTime updated,
            List<Item> items) {

    /** content is the HTML body for full feeds, null for summaries. */
    public record Item(String id, String title, String link, String summary, String content, OffsetDateTime published,
                OffsetDateTime updated, String author, String category, Enclosure image, List<Enclosure> attachments) {
    }

    /** A linked file: the cover image, an attachment. */
    public record Enclosure(String url, String mime, long bytes, String title) {
    }
}
