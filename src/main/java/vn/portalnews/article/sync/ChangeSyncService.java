package vn.portalnews.article.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.article.ArticleRow;
import vn.portalnews.article.ArticleSummary;
import vn.portalnews.common.sql.ChangeLogs;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Change sync for apps: from a token, the articles created or changed and the ids of those that left the
 * public side, in commit order (see V13), paged. A token holds the log position (transaction id and sequence)
 * and the instant of the answer, so that articles scheduled before it and fallen due since are sent too.
 * Without a token the log is read from its start: every article there is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeSyncService {

    /** The log V13's triggers write. */
    private static final ChangeLogs.Log LOG = new ChangeLogs.Log("article_changes", "article_id", "changes");

    private final SyncQueries queries;
    private final ChangeLogs logs;
    private final Clock clock;

    ChangeSyncService(SyncQueries queries, ChangeLogs logs, Clock clock) {
        this.queries = queries;
        this.logs = logs;
        this.clock = clock;
    }

    public ChangePage changes(SiteRef site, String since, int limit) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ChangeLogs.Page page = logs.read(LOG, site.id(), since, limit, now);
        Map<Long, ArticleRow> changed = new LinkedHashMap<>();
        if (!page.touched().isEmpty()) {
            queries.publicOf(site.id(), page.touched(), now).forEach(row -> changed.put(row.id(), row));
        }
        if (page.since() != null) {
            queries.dueBetween(site.id(), page.since(), now).forEach(row -> changed.putIfAbsent(row.id(), row));
        }
        List<Long> removed = page.touched().stream().filter(id -> !changed.containsKey(id)).toList();
        return new ChangePage(changed.values().stream().map(row -> ArticleSummary.of(row, site.zone())).toList(), removed,
                page.next(), page.more());
    }
}
