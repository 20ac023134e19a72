package vn.portalnews.auth;

/** A user's role on one site, weakest first; administrators (global) are not a site role. */
public enum SiteRole {
    /** Writes and edits their own drafts. */
    AUTHOR,
    /** Every article and category of the site, and publishing. */
    EDITOR;

    public boolean atLeast(SiteRole minimum) {
        return compareTo(minimum) >= 0;
    }
}
