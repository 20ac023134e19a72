package vn.portalnews.article.editor;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Article bodies are HTML written by editors and pasted from office documents; what is stored is what an
 * allow-list keeps: text formatting, headings, lists, tables, links (http, https, mailto) and images
 * (http, https, or a medium of the library by {@code data-media-id}). No script, style, iframe, form, event handler
 * or javascript:/data: URL survives, nor any srcset (media markup is written after this, see MediaHtml). Every
 * write path (create, update, patch, restore) goes through here, so nothing removed can come back.
 */
@ApplicationScoped
public class HtmlSanitizer {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addTags("figure", "figcaption", "hr")
            .addAttributes("img", "loading", "data-media-id")
            .addAttributes("td", "rowspan")
            .addAttributes("th", "rowspan")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html));
        // An image whose source was refused (data:, javascript:, relative) is an empty box, unless it names a medium.
        clean.select("img:not([src]):not([data-media-id])").remove();
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }

    /** The body's visible text, for a summary. */
    public String text(String html) {
        return Jsoup.parse(html).text();
    }
}
