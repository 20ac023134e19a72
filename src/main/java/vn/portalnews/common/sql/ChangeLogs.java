package vn.portalnews.common.sql;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Change sync's one rule, for every log a feature keeps with its triggers (article_changes V13, document_changes
 * V17): entries are read in (xid, seq) order and only for transactions older than every one still running (the
 * snapshot's xmin), so an entry that commits later always sorts after what was returned and a sync that runs while
 * editors save never skips one. The sync token is a signed cursor holding the log position and the answer's instant.
 */
@ApplicationScoped
public class ChangeLogs {

    /**
     * A log table, by constant names of the feature that keeps it: {@code (seq, xid, site_id, <item>)}; tokens are
     * signed for {@code tokenScope} and the site, so one log's token is refused by another.
     */
    public record Log(String table, String itemColumn, String tokenScope) {
    }

    /**
     * One page of a log: the ids it names (each once, in log order), whether more entries wait, the instant of the
     * previous answer (null on a first sync) and the token to pass next time.
     */
    public record Page(List<Long> touched, boolean more, Instant since, String next) {
    }

    private final NativeSql sql;
    private final CursorCodec tokens;

    ChangeLogs(NativeSql sql, CursorCodec tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    /** @param token the previous answer's {@code next}, a 400 on {@code since} when forged or foreign; null from the start */
    public Page read(Log log, long siteId, String token, int limit, Instant now) {
        String scope = log.tokenScope() + "|" + siteId;
        // the log position rides in a signed cursor: its transaction id as the id, its sequence as the score
        Position from = token == null ? null : tokens.decode("since", scope, token);
        long xid = from == null ? 0 : from.id();
        long seq = from == null ? 0 : (long) from.score();
        List<long[]> entries = sql.query("select c.xid::text::bigint as xid, c.seq, c." + log.itemColumn() + " as item from "
                        + log.table() + " c where c.site_id = :site"
                        + " and (c.xid, c.seq) > (cast(cast(:xid as text) as xid8), :seq)"
                        + " and c.xid < pg_snapshot_xmin(pg_current_snapshot())"
                        + " order by c.xid, c.seq limit :limit")
                .bind("site", siteId).bind("xid", xid).bind("seq", seq).bind("limit", limit + 1)
                .list(row -> new long[]{row.longValue("xid"), row.longValue("seq"), row.longValue("item")});
        boolean more = entries.size() > limit;
        List<long[]> page = more ? entries.subList(0, limit) : entries;
        Set<Long> touched = new LinkedHashSet<>();
        page.forEach(entry -> touched.add(entry[2]));
        long[] last = page.isEmpty() ? new long[]{xid, seq} : page.get(page.size() - 1);
        String next = tokens.encode(scope, new Position(now, last[0], last[1]));
        return new Page(new ArrayList<>(touched), more, from == null ? null : from.at(), next);
    }
}
