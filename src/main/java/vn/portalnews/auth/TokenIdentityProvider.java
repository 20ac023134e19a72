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

    private java.util.Optional<Editor> load(TokenService.VerifiedToken token) {
        try (var connection = dataSource.getConnection()) {
            String username;
            String displayName;
            boolean admin;
            try (var user = connection.prepareStatement("""
                    select username, display_name, admin from users
                    where id = ? and enabled and token_generation = ?""")) {
                user.setLong(1, token.userId());
                user.setInt(2, token.generation());
                try (var row = user.executeQuery()) {
                    if (!row.next()) {
                        return java.util.Optional.empty();
                    }
                    username = row.getString(1);
                    displayName = row.getString(2);
                    admin = row.getBoolean(3);
                }
            }
            Map<Long, SiteRole> roles = new HashMap<>();
            try (var grants = connection.prepareStatement("select site_id, role from user_site_roles where user_id = ?")) {
                grants.setLong(1, token.userId());
                try (var row = grants.executeQuery()) {
                    while (row.next()) {
                        roles.put(row.getLong(1), SiteRole.valueOf(row.getString(2)));
                    }
                }
            }
            return java.util.Optional.of(new Editor(token.userId(), username, displayName, admin, Map.copyOf(roles)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the token's user", e);
        }
    }
}
