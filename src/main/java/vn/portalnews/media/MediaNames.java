package vn.portalnews.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for naming stored media. A public name is {@code {id}-{hash}.{ext}} for the original and
 * {@code {id}-{hash}-{width}.{ext}} for a variant: the id keeps two media apart even when their bytes are
 * equal (deleting one never touches the other's), the content hash makes the URL change whenever the bytes
 * could, so every URL is immutable. Storage spreads names over 256 folders by the hash's first two digits.
 */
public final class MediaNames {

    public static final String URL_PREFIX = "/api/v1/media/";
    private static final Pattern NAME = Pattern.compile("(\\d{1,18})-([0-9a-f]{16})(?:-(\\d{1,5}))?\\.([a-z0-9]{1,5})");

    /** A public name taken apart; width is 0 for the original. */
    public record Parsed(long id, String hash, int width, String extension) {
    }

    private MediaNames() {
    }

    public static String original(long id, String hash, String extension) {
        return id + "-" + hash + "." + extension;
    }

    public static String variant(long id, String hash, int width, String format) {
        return id + "-" + hash + "-" + width + "." + extension(format);
    }

    /** The file extension of an encoded format ("jpeg" is written "jpg"). */
    public static String extension(String format) {
        return "jpeg".equals(format) ? "jpg" : format;
    }

    public static String url(String name) {
        return URL_PREFIX + name;
    }

    public static String storageKey(String name) {
        Parsed parsed = parse(name).orElseThrow(() -> new IllegalArgumentException("not a media name: " + name));
        return parsed.hash().substring(0, 2) + "/" + name;
    }

    public static Optional<Parsed> parse(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(Long.parseLong(matcher.group(1)), matcher.group(2),
                matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)), matcher.group(4)));
    }
}
