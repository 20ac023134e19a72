package vn.portalnews.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A document an article's body refers to, as the article shows it: what the document feature's SQL function
 * {@code article_documents_json} (V16) selects beside the article.
 */
@Schema(name = "CitedDocument", description = "A reference in the article's text and the site's document it names")
public record CitedDocument(
        @Schema(examples = "Kế hoạch số 03/KH-UBND ngày 10/01/2022") String reference,
        @Schema(examples = "17") long id,
        @Schema(examples = "03/KH-UBND") String number,
        @Schema(examples = "Kế hoạch") String type,
        @Schema(examples = "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc") String summary,
        @Schema(examples = "2022-01-10") LocalDate issuedOn) {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** The SQL function's JSON array. */
    public static List<CitedDocument> list(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article_documents_json gave something else than its documents", e);
        }
    }
}
