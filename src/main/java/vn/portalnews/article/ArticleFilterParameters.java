package vn.portalnews.article;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.portalnews.common.QueryParams;

import java.time.ZoneId;

/** The filters every list of public articles takes (latest news, search): read as text, parsed into {@link ArticleFilter}. */
public class ArticleFilterParameters {

    @Parameter(description = "Only this category (slug)", example = "cai-cach-hanh-chinh")
    @QueryParam("category")
    String category;

    @Parameter(description = "From this local day on (inclusive), YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    String from;

    @Parameter(description = "Up to this local day (inclusive), YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    String to;

    /** @param date a single local day, where the list offers it instead of from/to */
    public ArticleFilter filter(QueryParams params, ZoneId zone, String date) {
        return ArticleFilter.parse(params, zone, category, date, from, to);
    }
}
