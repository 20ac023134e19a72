package vn.portalnews.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.QueryParams;
import vn.portalnews.common.RequestValidation;

@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenIdentityProvider.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin", description = "Sites and users; administrators only")
public class UserAdminResource {

    private final UserService users;
    private final EditorAccess access;
    private final RequestValidation validation;

    UserAdminResource(UserService users, EditorAccess access, RequestValidation validation) {
        this.users = users;
        this.access = access;
        this.validation = validation;
    }

    @GET
    @Operation(summary = "List users")
    @APIResponse(responseCode = "200", description = "One page of users",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserList.class)))
    public UserList list(@Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                         @QueryParam("limit") String limit,
                         @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        int size = params.integer("limit", limit, 1, 100, 50);
        String after = params.text("cursor", cursor, 200);
        params.validate();
        return users.list(size, after);
    }

    @POST
    @Operation(summary = "Create a user")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(UserInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
        UserView created = users.create(validation.check("body", input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "Get a user")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public UserView get(@PathParam("username") String username) {
        return users.get(username);
    }

    @PATCH
    @Path("/{username}")
    @Operation(summary = "Rename, disable or enable a user", description = "Disabling ends the user's sessions at once.")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "You cannot disable yourself")
    public UserView update(@PathParam("username") String username, UserUpdate update) {
        return users.update(access.current(), username, validation.check("body", update));
    }

    @PUT
    @Path("/{username}/password")
    @Operation(summary = "Reset a user's password", description = "Revokes the user's tokens.")
    @APIResponse(responseCode = "204", description = "Reset")
    public Response resetPassword(@PathParam("username") String username, PasswordReset reset) {
        users.resetPassword(username, validation.check("body", reset));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{username}/roles")
    @Operation(summary = "Replace a user's roles", description = "ADMIN is global; EDITOR and AUTHOR are per site.")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "You cannot remove your own ADMIN role")
    public UserView assignRoles(@PathParam("username") String username, RoleAssignment assignment) {
        return users.assignRoles(access.current(), username, validation.check("body", assignment));
    }
}
