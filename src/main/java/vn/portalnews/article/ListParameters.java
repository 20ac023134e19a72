package vn.portalnews.article;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.portalnews.common.QueryParams;

import java.time.ZoneId;

/** Paging and filters shared by every list of articles (latest news, search). Read as text, parsed here. */
public class ListParameters {

    @Parameter(description = "Articles per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100"))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "The nextCursor of the previous page")
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "1-based page number, for numbered web pages; not with cursor", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam("page")
    String page;

    @Parameter(description = "Only this category (slug)", example = "cai-cach-hanh-chinh")
    @QueryParam("category")
    String category;

    @Parameter(description = "From this local day on (inclusive), YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    String from;

    @Parameter(description = "Up to this local day (inclusive), YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    String to;

    public Paging paging(QueryParams params) {
        return Paging.parse(params, limit, cursor, page);
    }

    /** @param date a single local day, where the list offers it instead of from/to */
    public ArticleFilter filter(QueryParams params, ZoneId zone, String date) {
        return ArticleFilter.parse(params, zone, category, date, from, to);
    }
}
