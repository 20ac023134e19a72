package vn.portalnews.article.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.PathIds;
import vn.portalnews.common.QueryParams;
import vn.portalnews.site.SiteRef;

import java.util.Set;
import java.util.TreeSet;

@Path("/api/v1/editor/sites/{site}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Editor", description = "Writing and publishing; needs a token and a role on the site")
public class EditorArticleResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Set<String> STATUSES = Set.of("DRAFT", "PUBLISHED", "SCHEDULED", "ARCHIVED");
    private static final Set<String> WRITABLE_FIELDS = new TreeSet<>(Set.of("title", "summary", "body", "category", "author",
            "coverImageUrl", "slug", "coverImage", "attachments"));

    private final EditorArticleService articles;
    private final ObjectMapper mapper;

    EditorArticleResource(EditorArticleService articles, ObjectMapper mapper) {
        this.articles = articles;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "List the site's articles in every status, newest first",
            description = "Authors see only their own. Keyset paging with `cursor`.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorArticlePage.class)))
    public EditorArticlePage list(
            @Parameter(description = "Site slug", example = "xa-an-binh") @PathParam("site") SiteRef site,
            @Parameter(description = "DRAFT, PUBLISHED (including scheduled), SCHEDULED or ARCHIVED",
                    schema = @Schema(enumeration = {"DRAFT", "PUBLISHED", "SCHEDULED", "ARCHIVED"})) @QueryParam("status") String status,
            @Parameter(description = "Username of the creator") @QueryParam("author") String author,
            @Parameter(description = "Category slug") @QueryParam("category") String category,
            @Parameter(description = "Words in the title, summary or body, accents optional") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        String wantedStatus = params.text("status", status, 20);
        if (wantedStatus != null && !STATUSES.contains(wantedStatus)) {
            params.reject("status", "must be one of DRAFT, PUBLISHED, SCHEDULED, ARCHIVED");
        }
        var filter = new EditorArticleService.ListFilter(wantedStatus, params.text("author", author, 64),
                params.text("category", category, 100), params.text("q", q, 200), params.integer("limit", limit, 1, 100, 20),
                params.text("cursor", cursor, 200));
        params.validate();
        return articles.list(site, filter);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft", description = "The body is sanitized; the slug is generated from the title unless given.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorArticle.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    public Response create(@PathParam("site") SiteRef site, ArticleInput input, @Context UriInfo uri) {
        EditorArticle created = articles.create(site, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(tag(created)).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an article", description = "The ETag goes back in If-Match when updating.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorArticle.class)))
    public Response get(@PathParam("site") SiteRef site, @PathParam("id") String id) {
        return withTag(articles.get(site, PathIds.of(id, "article")));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an article's content", description = "Needs If-Match. Fields left out take their defaults; "
            + "a left-out slug stays. A new slug keeps the old one redirecting.")
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorArticle.class)))
    @APIResponse(responseCode = "412", description = "The article changed since that ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @Parameter(description = "The article's ETag", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ArticleInput input) {
        return withTag(articles.replace(site, PathIds.of(id, "article"), ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of an article", description = "A JSON merge patch (RFC 7396) of the "
            + "ArticleInput fields; null resets an optional field to its default. Needs If-Match.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ArticlePatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePatch.class))})
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorArticle.class)))
    @APIResponse(responseCode = "412", description = "The article changed since that ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("site") SiteRef site, @PathParam("id") String id,
                          @Parameter(description = "The article's ETag", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          JsonNode patch) throws java.io.IOException {
        long articleId = PathIds.of(id, "article");
        if (!(patch instanceof ObjectNode fields)) {
            throw ApiProblemException.invalid("body", "must be a JSON object of the fields to change");
        }
        fields.fieldNames().forEachRemaining(field -> {
            if (!WRITABLE_FIELDS.contains(field)) {
                throw ApiProblemException.invalid(field, "is not a field of an article; use one of " + WRITABLE_FIELDS);
            }
        });
        mapper.treeToValue(fields, ArticleInput.class); // wrong types answer 400 here, before any merging
        return withTag(articles.patch(site, articleId, ifMatch, current -> {
            ObjectNode merged = mapper.valueToTree(current);
            merged.setAll(fields);
            return mapper.convertValue(merged, ArticleInput.class);
        }));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive an article", description = "A soft delete: status ARCHIVED, off the public side, kept "
            + "with its revisions. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Archived")
    @APIResponse(responseCode = "412", description = "The article changed since that ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response archive(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @Parameter(description = "The article's ETag", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        articles.archive(site, PathIds.of(id, "article"), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish now, or schedule", description = "Editors only. With `at` in the future the article "
            + "becomes public exactly at that instant. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Published or scheduled; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorArticle.class)))
    @APIResponse(responseCode = "412", description = "The article changed since that ETag")
    public Response publish(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @Parameter(description = "The article's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestBody(required = false, description = "Left out: publish now") PublishRequest request) {
        return withTag(articles.publish(site, PathIds.of(id, "article"), ifMatch, request));
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "Take an article off the public side", description = "Editors only; it becomes a draft again.")
    @APIResponse(responseCode = "200", description = "Unpublished; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorArticle.class)))
    @APIResponse(responseCode = "412", description = "The article changed since that ETag")
    public Response unpublish(@PathParam("site") SiteRef site, @PathParam("id") String id,
                              @Parameter(description = "The article's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(articles.unpublish(site, PathIds.of(id, "article"), ifMatch));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Saved states of an article, newest first")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionList.class)))
    public RevisionList revisions(@PathParam("site") SiteRef site, @PathParam("id") String id,
                                  @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                                  @QueryParam("limit") String limit,
                                  @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        int size = params.integer("limit", limit, 1, 100, 20);
        String after = params.text("cursor", cursor, 200);
        params.validate();
        return articles.revisions(site, PathIds.of(id, "article"), size, after);
    }

    @POST
    @Path("/{id}/revisions/{revision}/restore")
    @Operation(summary = "Restore a revision's title, summary and body", description = "Saved as a new revision; the body is "
            + "sanitized again. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Restored; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditorArticle.class)))
    @APIResponse(responseCode = "412", description = "The article changed since that ETag")
    public Response restore(@PathParam("site") SiteRef site, @PathParam("id") String id,
                            @PathParam("revision") String revision,
                            @Parameter(description = "The article's ETag (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int number = (int) PathIds.of(revision, "revision", Integer.MAX_VALUE);
        return withTag(articles.restore(site, PathIds.of(id, "article"), number, ifMatch));
    }

    private static Response withTag(EditorArticle article) {
        return Response.ok(article).tag(tag(article)).build();
    }

    private static jakarta.ws.rs.core.EntityTag tag(EditorArticle article) {
        return jakarta.ws.rs.core.EntityTag.valueOf(ArticleVersions.etag(article.version()));
    }
}
