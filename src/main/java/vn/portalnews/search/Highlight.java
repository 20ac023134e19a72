package vn.portalnews.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Highlight", description = "Safe HTML: text escaped, matches wrapped in <mark>, no other tags")
public record Highlight(
        @Schema(examples = "Đẩy mạnh <mark>cải</mark> <mark>cách</mark> hành chính năm 2026") String title,
        @Schema(examples = "… tuyên truyền về <mark>cải</mark> <mark>cách</mark> hành chính đến từng thôn …") String snippet) {
}
