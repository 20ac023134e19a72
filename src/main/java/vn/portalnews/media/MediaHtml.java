package vn.portalnews.media;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.site.SiteRef;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Images in an article body that come from the library ({@code <img data-media-id="42">}, or a media URL as
 * src) are written out as a {@code <picture>} with WebP and JPEG srcsets, width and height (no layout shift)
 * and lazy loading. Every image must carry alt text: its own, or its medium's. Runs on sanitized HTML; the
 * markup it writes is the only place srcset comes from, so it is made again on every save.
 */
@ApplicationScoped
public class MediaHtml {

    /** How wide a body image is drawn: the full column on phones, at most 768 CSS pixels beside it. */
    public static final String SIZES = "(max-width: 768px) 100vw, 768px";
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    /** The body to store and the media it shows. */
    public record LinkedBody(String html, Set<Long> mediaIds) {
    }

    private final MediaLibrary library;

    MediaHtml(MediaLibrary library) {
        this.library = library;
    }

    public LinkedBody link(SiteRef site, String param, String sanitizedHtml) {
        Document document = Jsoup.parseBodyFragment(sanitizedHtml);
        document.outputSettings(OUTPUT);
        List<Element> images = new ArrayList<>(document.select("img"));
        Set<Long> ids = new LinkedHashSet<>();
        for (Element image : images) {
            mediaId(param, image).ifPresent(ids::add);
        }
        Map<Long, MediaLibrary.MediaRef> media = library.images(site, param, ids);
        int position = 0;
        for (Element image : images) {
            position++;
            Optional<Long> id = mediaId(param, image);
            String alt = image.attr("alt").strip();
            if (id.isEmpty()) {
                if (alt.isEmpty()) {
                    throw ApiProblemException.invalid(param, "image " + position + " (" + abbreviated(image.attr("src"))
                            + ") has no alt text; describe it in the alt attribute");
                }
                continue;
            }
            MediaLibrary.MediaRef medium = media.get(id.get());
            if (alt.isEmpty() && medium.alt().isBlank()) {
                throw ApiProblemException.invalid(param, "image " + position + " (medium " + id.get() + ") has no alt text; "
                        + "give the img an alt attribute or the medium an alt text");
            }
            image.replaceWith(picture(medium.image(alt), image.attr("class")));
        }
        return new LinkedBody(document.body().html(), ids);
    }

    /** Writes out an image as a {@code <picture>}: WebP for browsers that take it, JPEG for the rest. */
    static Element picture(Image image, String cssClass) {
        Element picture = new Element("picture");
        String webp = srcset(image, "webp");
        if (!webp.isEmpty()) {
            picture.appendElement("source").attr("type", "image/webp").attr("srcset", webp).attr("sizes", SIZES);
        }
        String jpeg = srcset(image, "jpeg");
        Element img = picture.appendElement("img").attr("src", image.largest("jpeg"));
        if (!jpeg.isEmpty()) {
            img.attr("srcset", jpeg).attr("sizes", SIZES);
        }
        img.attr("width", Integer.toString(image.width())).attr("height", Integer.toString(image.height()))
                .attr("alt", image.alt()).attr("loading", "lazy").attr("decoding", "async")
                .attr("data-media-id", Long.toString(image.id()));
        if (!cssClass.isBlank()) {
            img.attr("class", cssClass);
        }
        return picture;
    }

    static String srcset(Image image, String format) {
        return image.variants().stream().filter(variant -> variant.format().equals(format))
                .map(variant -> variant.url() + " " + variant.width() + "w").collect(Collectors.joining(", "));
    }

    /** The medium an img refers to: data-media-id, or a media URL (absolute or not) in src. */
    static Optional<Long> mediaId(String param, Element image) {
        String declared = image.attr("data-media-id").strip();
        if (!declared.isEmpty()) {
            try {
                return Optional.of(Long.parseLong(declared));
            } catch (NumberFormatException notANumber) {
                throw ApiProblemException.invalid(param, "data-media-id '" + abbreviated(declared) + "' is not a medium's id");
            }
        }
        String src = image.attr("src");
        int at = src.indexOf(MediaNames.URL_PREFIX);
        if (at < 0) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(src).getPath();
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
        if (path == null || !path.startsWith(MediaNames.URL_PREFIX)) {
            return Optional.empty();
        }
        return MediaNames.parse(path.substring(MediaNames.URL_PREFIX.length())).map(MediaNames.Parsed::id);
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }
}
