package vn.portalnews.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.Tagged;
import vn.portalnews.media.Attachment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "DocumentDetail", description = "A document with its files, what replaced it and the news that refers to it")
public record DocumentDetail(
        @Schema(examples = "17") long id,
        @Schema(examples = "13/KH-UBND") String number,
        TermRef type,
        TermRef issuer,
        @Schema(nullable = true) TermRef field,
        LocalDate issuedOn,
        @Schema(nullable = true) LocalDate effectiveOn,
        @Schema(nullable = true) LocalDate expiresOn,
        @Schema(enumeration = {"in_effect", "not_yet_effective", "expired", "replaced"}) String legalStatus,
        @Schema(nullable = true, description = "The document that replaced this one") DocumentLink replacedBy,
        @Schema(description = "Documents this one replaced") List<DocumentLink> replaces,
        String summary,
        @Schema(nullable = true) String signerName,
        @Schema(nullable = true) String signerTitle,
        @Schema(nullable = true, description = "The full text, plain, when the editors gave it") String fullText,
        @Schema(description = "The document's files (PDF, DOCX…), in order") List<Attachment> files,
        @Schema(description = "Public articles the editors related to it and those whose text refers to it, newest first")
        List<ArticleLink> articles,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt) implements Tagged {

    @Override
    public List<String> cacheTags() {
        // the articles it lists change it too: a retitled or unpublished article purges this page
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(CacheTags.document(id)),
                articles.stream().map(article -> CacheTags.article(article.id()))).toList();
    }

    @Schema(name = "DocumentLink")
    public record DocumentLink(@Schema(examples = "21") long id, @Schema(examples = "05/KH-UBND") String number,
                               @Schema(examples = "Kế hoạch") String type, LocalDate issuedOn) {
    }

    @Schema(name = "DocumentArticleLink")
    public record ArticleLink(@Schema(examples = "1024") long id, String slug, String title, OffsetDateTime publishedAt,
                              @Schema(description = "cites: its text refers to the document; related: an editor linked them",
                                      enumeration = {"cites", "related"}) String relation) {
    }
}
