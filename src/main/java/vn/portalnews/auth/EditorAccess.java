package vn.portalnews.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.ProblemType;
import vn.portalnews.site.SiteRef;

import java.util.List;

/** Who is calling, and whether they may act on a site. */
@RequestScoped
public class EditorAccess {

    private final SecurityIdentity identity;

    EditorAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Editor current() {
        Editor editor = identity.isAnonymous() ? null : identity.getAttribute(TokenIdentityProvider.EDITOR_ATTRIBUTE);
        if (editor == null) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED, "Sign in and send the token as 'Authorization: Bearer …'", List.of());
        }
        return editor;
    }

    /** The caller, when they hold at least this role on the site (administrators hold every role). */
    public Editor require(SiteRef site, SiteRole minimum) {
        Editor editor = current();
        if (!editor.can(site.id(), minimum)) {
            throw forbidden(editor.roleOn(site.id()) == null
                    ? "You have no role on site '" + site.slug() + "'"
                    : "This needs the " + minimum + " role on site '" + site.slug() + "'");
        }
        return editor;
    }

    public static ApiProblemException forbidden(String detail) {
        return new ApiProblemException(ProblemType.FORBIDDEN, detail, List.of());
    }
}
