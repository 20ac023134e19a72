package vn.portalnews.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.portalnews.common.LocalDates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Stored media as the API shows them: URLs made by {@link MediaNames}, variants smallest first. */
final class MediaViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MediaViews() {
    }

    static MediaItem item(MediaQueries.MediaRow row, ZoneId zone) {
        return new MediaItem(row.id(), row.kind(), MediaNames.url(row.name()), row.fileName(), row.originalName(), row.mime(),
                row.bytes(), row.width(), row.height(), row.alt(), row.caption(), row.credit(),
                variants(row.id(), row.hash(), read(row.variants())), LocalDates.local(row.createdAt(), zone),
                LocalDates.local(row.updatedAt(), zone), row.version());
    }

    static Image image(MediaQueries.MediaRow row, String altOverride) {
        return new Image(row.id(), MediaNames.url(row.name()), altOverride == null || altOverride.isBlank() ? row.alt() : altOverride,
                row.caption(), row.credit(), row.width(), row.height(), row.mime(), row.bytes(),
                variants(row.id(), row.hash(), read(row.variants())));
    }

    /** From {@code media_image_json} (V11): what list queries select for a cover in the same statement. */
    static Image image(String json) {
        JsonNode node = read(json);
        long id = node.get("id").asLong();
        String hash = node.get("hash").asText();
        return new Image(id, MediaNames.url(MediaNames.original(id, hash, node.get("extension").asText())),
                node.get("alt").asText(), node.get("caption").asText(), node.get("credit").asText(),
                node.get("width").asInt(), node.get("height").asInt(), node.get("mime").asText(), node.get("bytes").asLong(),
                variants(id, hash, node.get("variants")));
    }

    /** From {@code media_attachment_json} (V11). */
    static Attachment attachment(String json) {
        JsonNode node = read(json);
        long id = node.get("id").asLong();
        return new Attachment(id, node.get("title").asText(),
                MediaNames.url(MediaNames.original(id, node.get("hash").asText(), node.get("extension").asText())),
                node.get("fileName").asText(), node.get("mime").asText(), node.get("bytes").asLong());
    }

    /** A JSON array of {@code media_attachment_json} objects. */
    static List<Attachment> attachments(String jsonArray) {
        List<Attachment> attachments = new ArrayList<>();
        if (jsonArray != null) {
            for (JsonNode node : read(jsonArray)) {
                attachments.add(attachment(node.toString()));
            }
        }
        return attachments;
    }

    static Attachment attachment(MediaQueries.MediaRow row, String title) {
        return new Attachment(row.id(), title, MediaNames.url(row.name()), row.fileName(), row.mime(), row.bytes());
    }

    /** Every name the medium is stored under: its original and each variant. */
    static List<String> storedNames(MediaQueries.MediaRow row) {
        List<String> names = new ArrayList<>();
        names.add(row.name());
        for (JsonNode variant : read(row.variants())) {
            names.add(MediaNames.variant(row.id(), row.hash(), variant.get("width").asInt(), variant.get("format").asText()));
        }
        return names;
    }

    static String variantsJson(List<ImageProcessor.Encoded> variants) {
        var array = JSON.createArrayNode();
        for (ImageProcessor.Encoded variant : variants) {
            array.addObject().put("width", variant.width()).put("height", variant.height()).put("format", variant.format())
                    .put("bytes", variant.bytes().length);
        }
        return array.toString();
    }

    private static List<ImageVariant> variants(long id, String hash, JsonNode array) {
        List<ImageVariant> variants = new ArrayList<>(array.size());
        for (JsonNode variant : array) {
            int width = variant.get("width").asInt();
            String format = variant.get("format").asText();
            variants.add(new ImageVariant(width, variant.get("height").asInt(), format,
                    MediaNames.url(MediaNames.variant(id, hash, width, format))));
        }
        return variants;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException corrupt) {
            throw new UncheckedIOException("stored media JSON cannot be read", corrupt);
        }
    }
}
