package vn.portalnews.document;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.portalnews.common.QueryParams;

import java.time.LocalDate;

/** The filters of the documents' list and of its facets, read as text into {@link DocumentService.Criteria}. */
public class DocumentFilterParameters {

    @Parameter(description = "Only this type (slug)", example = "ke-hoach")
    @QueryParam("type")
    String type;

    @Parameter(description = "Only this issuing body (slug)", example = "ubnd-xa")
    @QueryParam("issuer")
    String issuer;

    @Parameter(description = "Only this field, \"lĩnh vực\" (slug)", example = "cai-cach-hanh-chinh")
    @QueryParam("field")
    String field;

    @Parameter(description = "Issued in this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100"))
    @QueryParam("year")
    String year;

    @Parameter(description = "Issued on or after this day, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    String from;

    @Parameter(description = "Issued on or before this day, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    String to;

    @Parameter(description = "Legal status on the site's today",
            schema = @Schema(enumeration = {"in_effect", "not_yet_effective", "expired", "replaced"}))
    @QueryParam("status")
    String status;

    @Parameter(description = "Number and symbol written any common way (13/KH-UBND, 13 KH UBND, 13/kh-ubnd: that document "
            + "first), or words of the summary and full text, accents optional", example = "13 KH UBND")
    @QueryParam("q")
    String q;

    DocumentService.Criteria criteria(QueryParams params) {
        LocalDate fromDay = params.date("from", from);
        LocalDate toDay = params.date("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            params.reject("to", "must not be before from");
        }
        String text = params.text("q", q, 200);
        if (text != null && text.isBlank()) {
            text = null;
        }
        return new DocumentService.Criteria(params.text("type", type, 64), params.text("issuer", issuer, 64),
                params.text("field", field, 64), params.integer("year", year, 1900, 2100, null), fromDay, toDay,
                params.oneOf("status", status, DocumentFilter.LegalStatus.wireNames()), text);
    }
}
