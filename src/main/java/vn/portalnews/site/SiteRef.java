package vn.portalnews.site;

import java.time.ZoneId;

/** What every public request needs of its site, kept in memory: the id to query by and the zone of its days. */
public record SiteRef(long id, String slug, String name, ZoneId zone) {
}
