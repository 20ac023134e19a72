package vn.portalnews.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.sql.NativeSql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes of user accounts and their site roles. */
@ApplicationScoped
class UserQueries implements PanacheRepositoryBase<UserAccount, Long> {

    private final NativeSql sql;

    UserQueries(NativeSql sql) {
        this.sql = sql;
    }

    /** Ordered by id, after {@code afterId}. */
    List<UserAccount> after(long afterId, int limit) {
        return find("id > ?1 order by id", afterId).page(0, limit).list();
    }

    /** Site roles of many users in one query, each user's by site slug. */
    Map<Long, List<RoleGrant>> siteRoles(List<Long> userIds) {
        Map<Long, List<RoleGrant>> roles = new HashMap<>();
        sql.query("""
                        select r.user_id, s.slug, r.role from user_site_roles r join sites s on s.id = r.site_id
                        where r.user_id = any(:users) order by s.slug""")
                .bind("users", userIds.toArray(Long[]::new))
                .forEach(row -> roles.computeIfAbsent(row.longValue("user_id"), id -> new ArrayList<>())
                        .add(new RoleGrant(row.string("slug"), row.string("role"))));
        return roles;
    }

    void replaceSiteRoles(long userId, List<Long> siteIds, List<String> roles) {
        sql.query("delete from user_site_roles where user_id = :user").bind("user", userId).update();
        sql.query("""
                        insert into user_site_roles (user_id, site_id, role)
                        select :user, g.site_id, g.role from unnest(cast(:sites as bigint[]), cast(:roles as text[])) as g(site_id, role)""")
                .bind("user", userId).bind("sites", siteIds.toArray(Long[]::new)).bind("roles", roles.toArray(String[]::new))
                .update();
    }

    /** Serializes first-administrator creation across instances, until the transaction ends. */
    void lockFirstAdmin() {
        sql.query("select pg_advisory_xact_lock(hashtext('portal-news:first-admin')) is not null as locked").single(row -> row.bool("locked"));
    }
}
