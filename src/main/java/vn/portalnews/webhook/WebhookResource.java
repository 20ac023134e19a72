package vn.portalnews.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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
import vn.portalnews.common.IfMatch;
import vn.portalnews.common.PathIds;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

import java.util.List;

@Path("/api/v1/admin/sites/{site}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhooks", description = "Signed, retried notifications of a site's changes (Standard Webhooks); administrators only")
public class WebhookResource {

    private static final List<String> STATUSES = List.of("pending", "delivered", "failed");

    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(summary = "The site's endpoints")
    @APIResponse(responseCode = "200", description = "Endpoints, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEndpointList.class)))
    public WebhookEndpointList list(@PathParam("site") SiteRef site) {
        return webhooks.list(site);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an endpoint",
            description = "Deliveries are POSTed with webhook-id, webhook-timestamp and webhook-signature; read the "
                    + "secret to verify them at /secret. Only http(s) URLs on public addresses.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEndpoint.class)))
    @APIResponse(responseCode = "409", description = "The site has as many endpoints as allowed")
    public Response create(@PathParam("site") SiteRef site, WebhookInput input, @Context UriInfo uri) {
        WebhookEndpoint created = webhooks.create(site, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(tag(created)).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEndpoint.class)))
    public Response get(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        WebhookEndpoint endpoint = webhooks.get(site, PathIds.of(id, "webhook endpoint"));
        return Response.ok(endpoint).tag(tag(endpoint)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an endpoint", description = "Its secret stays. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEndpoint.class)))
    @APIResponse(responseCode = "412", description = "The endpoint changed since that ETag")
    public Response replace(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @Parameter(description = "The endpoint's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            WebhookInput input) {
        WebhookEndpoint endpoint = webhooks.replace(site, PathIds.of(id, "webhook endpoint"), ifMatch, input);
        return Response.ok(endpoint).tag(tag(endpoint)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an endpoint", description = "Its pending deliveries and its log go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "The endpoint changed since that ETag")
    public Response delete(@PathParam("site") SiteRef site, @PathParam("id") String id,
                           @Parameter(description = "The endpoint's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(site, PathIds.of(id, "webhook endpoint"), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/secret")
    @Operation(summary = "The endpoint's signing secret")
    @APIResponse(responseCode = "200", description = "The secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSecret.class)))
    public Response secret(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        return noStore(webhooks.secret(site, PathIds.of(id, "webhook endpoint")));
    }

    @POST
    @Path("/{id}/secret/rotate")
    @Operation(summary = "Rotate the signing secret",
            description = "Deliveries carry two signatures, new and old, until previousSecretValidUntil "
                    + "(portal.webhooks.rotation-overlap, 24 h), so receivers can switch without losing any.")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSecret.class)))
    public Response rotate(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        return noStore(webhooks.rotateSecret(site, PathIds.of(id, "webhook endpoint")));
    }

    @POST
    @Path("/{id}/ping")
    @Operation(summary = "Send a webhook.ping event to the endpoint", description = "To check a receiver's signature verification.")
    @APIResponse(responseCode = "202", description = "Queued; follow it in the delivery log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDelivery.class)))
    public Response ping(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        return Response.accepted(webhooks.ping(site, PathIds.of(id, "webhook endpoint"))).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The endpoint's delivery log, newest first", description = "Kept for portal.webhooks.retention (30 days) after it finished.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryPage.class)))
    public WebhookDeliveryPage deliveries(@PathParam("site") SiteRef site, @PathParam("id") String id,
                                          @Parameter(description = "Only deliveries in this state",
                                                  schema = @Schema(enumeration = {"pending", "delivered", "failed"}))
                                          @QueryParam("status") String status,
                                          @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                                          @QueryParam("limit") String limit,
                                          @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        long endpoint = PathIds.of(id, "webhook endpoint");
        QueryParams params = new QueryParams();
        String state = params.oneOf("status", status, STATUSES);
        int size = params.integer("limit", limit, 1, 100, 20);
        String after = params.text("cursor", cursor, 200);
        params.validate();
        return webhooks.deliveries(site, endpoint, state, size, after);
    }

    @GET
    @Path("/{id}/deliveries/{delivery}")
    @Operation(summary = "One delivery with its attempts")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDelivery.class)))
    public WebhookDelivery delivery(@PathParam("site") SiteRef site, @PathParam("id") String id,
                                    @PathParam("delivery") String delivery) {
        return webhooks.delivery(site, PathIds.of(id, "webhook endpoint"), PathIds.of(delivery, "delivery"));
    }

    @POST
    @Path("/{id}/deliveries/{delivery}/redeliver")
    @Operation(summary = "Send a delivery again",
            description = "The same webhook-id and body, now, with a fresh series of retries; receivers that "
                    + "drop webhook-ids they have handled will drop it too.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDelivery.class)))
    public Response redeliver(@PathParam("site") SiteRef site, @PathParam("id") String id,
                              @PathParam("delivery") String delivery) {
        return Response.accepted(webhooks.redeliver(site, PathIds.of(id, "webhook endpoint"), PathIds.of(delivery, "delivery"))).build();
    }

    private static Response noStore(WebhookSecret secret) {
        return Response.ok(secret).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static EntityTag tag(WebhookEndpoint endpoint) {
        return EntityTag.valueOf(IfMatch.etag(endpoint.version()));
    }
}
