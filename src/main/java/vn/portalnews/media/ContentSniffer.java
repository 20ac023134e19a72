package vn.portalnews.media;

import org.apache.tika.Tika;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * What an upload is, from its bytes alone: Tika's magic numbers, never the name or the declared type (a
 * script renamed {@code photo.jpg} stays a script). Word and Excel files are ZIP containers that Tika's core
 * tells apart only as "OOXML"; the part names in the ZIP's central directory say which (no entry is inflated).
 */
final class ContentSniffer {

    /** An accepted type: its MIME type, its kind and the extension its stored name gets. */
    record Sniffed(String mime, MediaKind kind, String extension, String label) {
    }

    private static final Map<String, Sniffed> ACCEPTED = new LinkedHashMap<>();

    static {
        accept("image/jpeg", MediaKind.IMAGE, "jpg", "JPEG");
        accept("image/png", MediaKind.IMAGE, "png", "PNG");
        accept("image/webp", MediaKind.IMAGE, "webp", "WebP");
        accept("image/gif", MediaKind.IMAGE, "gif", "GIF");
        accept("application/pdf", MediaKind.FILE, "pdf", "PDF");
        accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.FILE, "docx", "DOCX");
        accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.FILE, "xlsx", "XLSX");
        accept("application/vnd.oasis.opendocument.text", MediaKind.FILE, "odt", "ODT");
        accept("application/vnd.oasis.opendocument.spreadsheet", MediaKind.FILE, "ods", "ODS");
        accept("application/zip", MediaKind.FILE, "zip", "ZIP");
    }

    private static final String OOXML = "application/x-tika-ooxml";
    private final Tika tika = new Tika();

    private static void accept(String mime, MediaKind kind, String extension, String label) {
        ACCEPTED.put(mime, new Sniffed(mime, kind, extension, label));
    }

    /** The accepted formats, for messages: "JPEG, PNG, ...". */
    static String acceptedLabels() {
        return String.join(", ", ACCEPTED.values().stream().map(Sniffed::label).toList());
    }

    /** The detected MIME type (application/octet-stream when nothing is recognised). */
    String detect(Path file) throws IOException {
        String mime;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            mime = tika.detect(in); // bytes only: no name is passed, so none can sway it
        }
        if (OOXML.equals(mime) || "application/zip".equals(mime)) {
            return officeType(file).orElse(mime);
        }
        return mime;
    }

    Optional<Sniffed> accepted(String mime) {
        return Optional.ofNullable(ACCEPTED.get(mime));
    }

    private static Optional<String> officeType(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                return Optional.of(OOXML); // PowerPoint or another Office package: not accepted
            }
            return Optional.of("application/zip");
        } catch (IOException unreadable) {
            return Optional.of("application/octet-stream"); // a ZIP signature over a broken archive
        }
    }
}
