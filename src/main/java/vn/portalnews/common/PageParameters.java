package vn.portalnews.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters of every public list: read as text, parsed into {@link Paging}. */
public class PageParameters {

    @Parameter(description = "Items per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100"))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "The nextCursor of the previous page")
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "1-based page number, for numbered web pages; not with cursor", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam("page")
    String page;

    public Paging paging(QueryParams params) {
        return Paging.parse(params, limit, cursor, page);
    }
}
