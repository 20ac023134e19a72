package vn.portalnews.auth;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.ClientAddresses;
import vn.portalnews.common.RequestValidation;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Signing in and out")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The accessToken of POST /api/v1/auth/login")
public class AuthResource {

    private final UserService users;
    private final EditorAccess access;
    private final RequestValidation validation;
    private final ClientAddresses clientAddresses;

    AuthResource(UserService users, EditorAccess access, RequestValidation validation, ClientAddresses clientAddresses) {
        this.users = users;
        this.access = access;
        this.validation = validation;
        this.clientAddresses = clientAddresses;
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in", description = "Exchanges a username and password for a bearer token. After repeated "
            + "failures for one username from one address, answers 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "401", description = "Unknown user or wrong password (the same answer for both)")
    @APIResponse(responseCode = "429", description = "Too many failed logins; wait Retry-After seconds")
    @APIResponse(responseCode = "503", description = "Too many sign-ins at once; see Retry-After")
    public AccessToken login(LoginRequest request, @Context HttpServerRequest http) {
        return users.login(validation.check("body", request), clientAddresses.of(http));
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The signed-in user and their roles")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public UserView me() {
        return users.me(access.current());
    }

    @POST
    @Path("/logout")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Sign out everywhere", description = "Revokes every token of the user, on every instance.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout() {
        users.logout(access.current());
        return Response.noContent().build();
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change your password", description = "Revokes every token of the user; sign in again.")
    @APIResponse(responseCode = "204", description = "Changed")
    public Response changePassword(PasswordChange change) {
        Editor editor = access.current();
        users.changePassword(editor, validation.check("body", change));
        return Response.noContent().build();
    }
}
