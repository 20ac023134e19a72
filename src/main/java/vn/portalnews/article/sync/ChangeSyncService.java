package vn.portalnews.article.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.article.ArticleRow;
import vn.portalnews.article.ArticleSummary;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Change sync for apps: from a token, the articles created or changed and the ids of those that left the
 * public side, in commit order (see V13), paged. A token holds the log position (transaction id and sequence)
 * and the instant of the answer, so that articles scheduled before it and fallen due since are sent too.
 * Without a token the log is read from its start: every article there is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeSyncService {

    private final SyncQueries queries;
    private final CursorCodec tokens;
    private final Clock clock;

    ChangeSyncService(SyncQueries queries, CursorCodec tokens, Clock clock) {
        this.queries = queries;
        this.tokens = tokens;
        this.clock = clock;
    }

    public ChangePage changes(SiteRef site, String since, int limit) {
        String scope = "changes|" + site.id();
        // the log position rides in a signed cursor: its transaction id as the id, its sequence as the score
        Position from = since == null ? null : tokens.decode("since", scope, since);
        long xid = from == null ? 0 : from.id();
        long seq = from == null ? 0 : (long) from.score();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        List<SyncQueries.Change> log = queries.after(site.id(), xid, seq, limit + 1);
        boolean more = log.size() > limit;
        List<SyncQueries.Change> page = more ? log.subList(0, limit) : log;
        Set<Long> touched = new LinkedHashSet<>();
        page.forEach(change -> touched.add(change.articleId()));

        Map<Long, ArticleRow> changed = new LinkedHashMap<>();
        if (!touched.isEmpty()) {
            queries.publicOf(site.id(), touched, now).forEach(row -> changed.put(row.id(), row));
        }
        if (from != null && from.at() != null) {
            queries.dueBetween(site.id(), from.at(), now).forEach(row -> changed.putIfAbsent(row.id(), row));
        }
        List<Long> removed = new ArrayList<>();
        for (long id : touched) {
            if (!changed.containsKey(id)) {
                removed.add(id);
            }
        }
        SyncQueries.Change last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = tokens.encode(scope, new Position(now, last == null ? xid : last.xid(), last == null ? seq : last.seq()));
        return new ChangePage(changed.values().stream().map(row -> ArticleSummary.of(row, site.zone())).toList(), removed,
                next, more);
    }
}
