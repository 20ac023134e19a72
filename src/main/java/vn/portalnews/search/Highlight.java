package vn.portalnews.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Highlight", description = "Safe HTML: text escaped, matches wrapped in <mark>, no other tags")
public record Highlight(
        @Schema(examples = "Đẩy mạnh <mark>cải cách hành chính</mark> năm 2026") String title,
        @Schema(examples = "… tuyên truyền về <mark>cải cách hành chính</mark> đến từng thôn …") String snippet) {

    static final String START = "\uE000";
    static final String STOP = "\uE001";

    /** Escapes text that PostgreSQL marked with {@link #START}/{@link #STOP}, then turns the marks into tags. */
    static String toSafeHtml(String marked) {
        if (marked == null) {
            return null;
        }
        String text = marked.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\uE000' -> html.append("<mark>");
                case '\uE001' -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString().replaceAll("\\s+", " ").trim();
    }
}
