package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DocumentTerms", description = "A site's document types, issuing bodies and fields, in order")
public record DocumentTerms(List<Term> types, List<Term> issuers, List<Term> fields) {

    @Schema(name = "DocumentTerm")
    public record Term(@Schema(examples = "ke-hoach") String slug, @Schema(examples = "Kế hoạch") String name, int position) {
    }

    static DocumentTerms of(List<DocumentQueries.TermRow> rows) {
        return new DocumentTerms(ofKind(rows, "type"), ofKind(rows, "issuer"), ofKind(rows, "field"));
    }

    private static List<Term> ofKind(List<DocumentQueries.TermRow> rows, String kind) {
        return rows.stream().filter(row -> row.kind().equals(kind)).map(row -> new Term(row.slug(), row.name(), row.position())).toList();
    }
}
