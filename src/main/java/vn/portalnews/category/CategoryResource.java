package vn.portalnews.category;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.HttpCaching;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.site.SiteRef;

@Path("/api/v1/sites/{site}/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "Sections of a site's news")
public class CategoryResource {

    private final CategoryService categories;
    private final PublicResponseCache cache;
    private final HttpCaching caching;

    CategoryResource(CategoryService categories, PublicResponseCache cache, HttpCaching caching) {
        this.categories = categories;
        this.cache = cache;
        this.caching = caching;
    }

    @GET
    @Operation(summary = "List a site's categories", description = "In the editors' order, with the number of public articles in each.")
    @APIResponse(responseCode = "200", description = "The categories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryList.class)))
    public Response list(@Parameter(description = "Site slug", example = "phong-hai") @PathParam("site") SiteRef site,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return caching.respond(cache.get(site.id(), "categories", () -> categories.list(site)), ifNoneMatch,
                CacheTags.site(site.slug()), CacheTags.archive(site.slug()));
    }
}
