package vn.portalnews.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.InvalidParam;
import vn.portalnews.common.ProblemType;
import vn.portalnews.site.SiteDirectory;
import vn.portalnews.site.SiteRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts: signing in and out, passwords, and the administrators' user management. */
@ApplicationScoped
@Transactional // writes; reads say SUPPORTS
public class UserService {

    private static final String CURSOR_SCOPE = "users";

    private final EntityManager entityManager;
    private final UserQueries queries;
    private final Passwords passwords;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final SiteDirectory sites;
    private final CursorCodec cursors;

    UserService(EntityManager entityManager, UserQueries queries, Passwords passwords, TokenService tokens, LoginThrottle throttle,
                SiteDirectory sites, CursorCodec cursors) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.sites = sites;
        this.cursors = cursors;
    }

    /** One answer for an unknown user, a disabled one and a wrong password, in the same time; bcrypt holds no transaction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccessToken login(LoginRequest request, String client) {
        try (LoginThrottle.Attempt attempt = throttle.begin(request.username(), client)) {
            Optional<UserAccount> user = UserAccount.findByUsername(request.username().trim());
            boolean matches = passwords.matches(request.password(), user.map(found -> found.passwordHash).orElse(null));
            if (!matches || !user.get().enabled) {
                attempt.failed();
                throw new ApiProblemException(ProblemType.UNAUTHORIZED, "Wrong username or password", List.of());
            }
            attempt.succeeded();
            TokenService.IssuedToken issued = tokens.issue(user.get());
            return new AccessToken(issued.token(), BearerTokenMechanism.SCHEME, issued.expiresInSeconds());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView me(Editor editor) {
        return view(require(editor.username()));
    }

    public void logout(Editor editor) {
        require(editor.username()).revokeTokens();
    }

    public void changePassword(Editor editor, PasswordChange change) {
        UserAccount user = require(editor.username());
        if (!passwords.matches(change.currentPassword(), user.passwordHash)) {
            throw ApiProblemException.invalid("currentPassword", "is not your current password");
        }
        user.passwordHash = passwords.hash("newPassword", change.newPassword());
        user.revokeTokens();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserList list(Integer limit, String cursor) {
        Position after = cursor == null ? null : cursors.decode("cursor", CURSOR_SCOPE, cursor);
        List<UserAccount> page = queries.after(after == null ? 0L : after.id(), limit + 1);
        KeysetPage<UserAccount> shown = KeysetPage.of(page, limit);
        Map<Long, List<RoleGrant>> roles = rolesOf(shown.map(user -> user.id));
        return new UserList(shown.map(user -> view(user, roles.getOrDefault(user.id, List.of()))),
                shown.nextCursor(last -> cursors.encode(CURSOR_SCOPE, Position.ofId(last.id))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView get(String username) {
        return view(require(username));
    }

    public UserView create(UserInput input) {
        List<ResolvedGrant> grants = resolve(input.roles() == null ? List.of() : input.roles());
        if (UserAccount.findByUsername(input.username()).isPresent()) {
            throw ApiProblemException.conflict("The username '" + input.username() + "' is taken");
        }
        // the slow hash last, once everything cheap has passed
        String hash = passwords.hash("password", input.password());
        UserAccount user = new UserAccount();
        user.username = input.username();
        user.displayName = input.displayName().trim();
        user.passwordHash = hash;
        user.admin = grants.stream().anyMatch(ResolvedGrant::admin);
        user.persist();
        entityManager.flush();
        replaceSiteRoles(user, grants);
        entityManager.refresh(user);
        return view(user);
    }

    public UserView update(Editor actor, String username, UserUpdate update) {
        UserAccount user = require(username);
        if (update.displayName() != null) {
            user.displayName = update.displayName().trim();
        }
        if (update.enabled() != null) {
            if (!update.enabled() && user.id == actor.id()) {
                throw ApiProblemException.conflict("You cannot disable your own account");
            }
            user.enabled = update.enabled();
        }
        return view(user);
    }

    public void resetPassword(String username, PasswordReset reset) {
        UserAccount user = require(username);
        user.passwordHash = passwords.hash("password", reset.password());
        user.revokeTokens();
    }

    public UserView assignRoles(Editor actor, String username, RoleAssignment assignment) {
        UserAccount user = require(username);
        List<ResolvedGrant> grants = resolve(assignment.roles());
        boolean admin = grants.stream().anyMatch(ResolvedGrant::admin);
        if (!admin && user.id == actor.id()) {
            throw ApiProblemException.conflict("You cannot remove your own ADMIN role");
        }
        user.admin = admin;
        replaceSiteRoles(user, grants);
        return view(user);
    }

    /** Creates the first administrator; false when users exist already (checked under a lock, for racing instances). */
    public boolean createFirstAdmin(String username, String password, String displayName) {
        queries.lockFirstAdmin();
        long existing = queries.count();
        if (existing > 0) {
            return false;
        }
        create(new UserInput(username, displayName, password, List.of(new RoleGrant(null, RoleGrant.ADMIN))));
        return true;
    }

    /** For demo accounts: creates the user with these roles unless the username exists. */
    public void ensureUser(UserInput input) {
        if (UserAccount.findByUsername(input.username()).isEmpty()) {
            create(input);
        }
    }

    private record ResolvedGrant(boolean admin, SiteRef site, SiteRole role) {
    }

    private List<ResolvedGrant> resolve(List<RoleGrant> grants) {
        List<InvalidParam> problems = new ArrayList<>();
        List<ResolvedGrant> resolved = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < grants.size(); i++) {
            RoleGrant grant = grants.get(i);
            String name = "roles[" + i + "]";
            if (RoleGrant.ADMIN.equals(grant.role())) {
                if (grant.site() != null) {
                    problems.add(new InvalidParam(name + ".site", "ADMIN is global; leave site out"));
                }
                resolved.add(new ResolvedGrant(true, null, null));
                continue;
            }
            if (grant.site() == null || grant.site().isBlank()) {
                problems.add(new InvalidParam(name + ".site", "EDITOR and AUTHOR need a site"));
                continue;
            }
            try {
                SiteRef site = sites.require(grant.site());
                if (seen.put(site.id(), i) != null) {
                    problems.add(new InvalidParam(name + ".site", "a user holds one role per site"));
                }
                resolved.add(new ResolvedGrant(false, site, SiteRole.valueOf(grant.role())));
            } catch (ApiProblemException unknown) {
                problems.add(new InvalidParam(name + ".site", "there is no site '" + grant.site() + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblemException.invalid(problems);
        }
        return resolved;
    }

    private void replaceSiteRoles(UserAccount user, List<ResolvedGrant> grants) {
        List<ResolvedGrant> onSites = grants.stream().filter(grant -> !grant.admin()).toList();
        queries.replaceSiteRoles(user.id, onSites.stream().map(grant -> grant.site().id()).toList(),
                onSites.stream().map(grant -> grant.role().name()).toList());
    }

    private UserAccount require(String username) {
        return UserAccount.findByUsername(username)
                .orElseThrow(() -> ApiProblemException.notFound("There is no user '" + username + "'"));
    }

    private UserView view(UserAccount user) {
        return view(user, rolesOf(List.of(user.id)).getOrDefault(user.id, List.of()));
    }

    private static UserView view(UserAccount user, List<RoleGrant> siteRoles) {
        List<RoleGrant> roles = new ArrayList<>();
        if (user.admin) {
            roles.add(new RoleGrant(null, RoleGrant.ADMIN));
        }
        roles.addAll(siteRoles);
        return new UserView(user.username, user.displayName, user.enabled, roles, user.createdAt);
    }

    /** Site roles of many users in one query. */
    private Map<Long, List<RoleGrant>> rolesOf(List<Long> userIds) {
        Map<Long, List<RoleGrant>> roles = new HashMap<>();
        if (userIds.isEmpty()) {
            return roles;
        }
        roles.putAll(queries.siteRoles(userIds));
        roles.values().forEach(list -> list.sort(Comparator.comparing(RoleGrant::site)));
        return roles;
    }
}
