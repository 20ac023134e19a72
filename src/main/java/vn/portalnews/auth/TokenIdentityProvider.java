package vn.portalnews.auth;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a verified token into the request's user. The user is read from the database on every request, so a
 * disabled account, a revoked token or a changed role takes effect at once on every instance; editor
 * traffic is small next to the cost of a stale permission.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final String EDITOR_ATTRIBUTE = "portal.editor";
    public static final String ADMIN_ROLE = "ADMIN";

    private final TokenService tokens;
    private final AgroalDataSource dataSource;

    TokenIdentityProvider(TokenService tokens, AgroalDataSource dataSource) {
        this.tokens = tokens;
        this.dataSource = dataSource;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            TokenService.VerifiedToken token = tokens.verify(request.getToken().getToken())
                    .orElseThrow(() -> new AuthenticationFailedException("invalid token"));
            Editor editor = load(token).orElseThrow(() -> new AuthenticationFailedException("revoked token"));
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(editor.username()))
                    .addCredential(request.getToken())
                    .addAttribute(EDITOR_ATTRIBUTE, editor);
            if (editor.admin()) {
                identity.addRole(ADMIN_ROLE);
            }
            return identity.build();
        });
    }

    /**
     * The user and their site roles in one round trip; empty when disabled or the token was revoked. Plain JDBC:
     * authentication runs before the request has a persistence context or a transaction to share.
     */
    private Optional<Editor> load(TokenService.VerifiedToken token) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("""
                     select u.username, u.display_name, u.admin, r.site_id, r.role
                     from users u left join user_site_roles r on r.user_id = u.id
                     where u.id = ? and u.enabled and u.token_generation = ?""")) {
            statement.setLong(1, token.userId());
            statement.setInt(2, token.generation());
            String username = null;
            String displayName = null;
            boolean admin = false;
            Map<Long, SiteRole> roles = new HashMap<>();
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    username = row.getString("username");
                    displayName = row.getString("display_name");
                    admin = row.getBoolean("admin");
                    if (row.getString("role") != null) {
                        roles.put(row.getLong("site_id"), SiteRole.valueOf(row.getString("role")));
                    }
                }
            }
            return username == null ? Optional.empty()
                    : Optional.of(new Editor(token.userId(), username, displayName, admin, Map.copyOf(roles)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the token's user", e);
        }
    }
}
