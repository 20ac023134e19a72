package vn.portalnews.purge;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.sql.NativeSql;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@ApplicationScoped
class PurgeQueries {

    record DuePurge(long id, List<String> tags, int attempts) {
    }

    private final NativeSql sql;

    PurgeQueries(NativeSql sql) {
        this.sql = sql;
    }

    void insert(List<String> tags, Instant dueAt) {
        sql.query("insert into cdn_purges (tags, due_at) values (:tags, :due)")
                .bind("tags", tags.toArray(String[]::new)).bind("due", dueAt)
                .update();
    }

    /**
     * Takes up to {@code limit} due purges for {@code lease}: another instance skips rows being taken and does
     * not see them again until the lease ends, so each purge is sent by one instance, and again only if that
     * one died before saying it was done.
     */
    List<DuePurge> claim(Instant now, Instant leaseEnd, int limit) {
        return sql.query("""
                        update cdn_purges p set due_at = :leaseEnd
                        where p.id in (select d.id from cdn_purges d where d.due_at <= :now
                                       order by d.due_at limit :limit for update skip locked)
                        returning p.id, p.tags, p.attempts""")
                .bind("now", now).bind("leaseEnd", leaseEnd).bind("limit", limit)
                .list(row -> new DuePurge(row.longValue("id"), Arrays.asList(row.strings("tags")), row.intValue("attempts")));
    }

    void delete(List<Long> ids) {
        sql.query("delete from cdn_purges where id = any(:ids)").bind("ids", ids.toArray(Long[]::new)).update();
    }

    void retryAt(List<Long> ids, Instant dueAt) {
        sql.query("update cdn_purges set attempts = attempts + 1, due_at = :due where id = any(:ids)")
                .bind("ids", ids.toArray(Long[]::new)).bind("due", dueAt)
                .update();
    }
}
