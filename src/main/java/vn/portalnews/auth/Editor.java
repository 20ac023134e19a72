package vn.portalnews.auth;

import java.util.Map;

/** The signed-in user of a request, as loaded for that request: role changes and disabling apply at once. */
public record Editor(long id, String username, String displayName, boolean admin, Map<Long, SiteRole> siteRoles) {

    /** The role on a site; administrators act as editors everywhere. Null: no role there. */
    public SiteRole roleOn(long siteId) {
        return admin ? SiteRole.EDITOR : siteRoles.get(siteId);
    }

    public boolean can(long siteId, SiteRole minimum) {
        SiteRole role = roleOn(siteId);
        return role != null && role.atLeast(minimum);
    }
}
