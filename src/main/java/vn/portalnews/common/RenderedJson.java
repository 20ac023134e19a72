package vn.portalnews.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * A response body rendered once, with its strong ETag. A body may hold {@link LiveNumber}s: {@link #live} gives
 * the same body with their current values, and an ETag that changes only when one of them did.
 */
public final class RenderedJson {

    /** Where a live number's digits sit in the body, and the value rendered there. */
    record Hole(int start, int end, long key, long value) {
    }

    private record Overlay(long version, RenderedJson json) {
    }

    private final byte[] body;
    private final String etag;
    private final List<String> tags;
    private final Paged.State page;
    private final List<Hole> holes;
    private final String contentTag;
    private volatile Overlay overlay;

    public RenderedJson(byte[] body, String etag) {
        this(body, etag, List.of(), null);
    }

    private RenderedJson(byte[] body, String etag, List<String> tags, Paged.State page) {
        this.body = body;
        this.etag = etag;
        this.tags = tags;
        this.page = page;
        this.holes = List.of();
        this.contentTag = null;
    }

    private RenderedJson(byte[] body, List<Hole> holes, List<String> tags, Paged.State page) {
        this.body = body;
        this.tags = tags;
        this.page = page;
        this.holes = List.copyOf(holes);
        this.contentTag = tagOfContent(body, this.holes);
        this.etag = etag(contentTag, this.holes.stream().mapToLong(Hole::value).toArray());
    }

    /**
     * The ETag names the bytes around the live numbers and their values apart, so two instances that rendered
     * the same content at different counts give the same tag once their counts agree.
     */
    static RenderedJson of(byte[] body, List<Hole> holes, List<String> tags, Paged.State page) {
        return holes.isEmpty() ? new RenderedJson(body, tagOf(body), tags, page) : new RenderedJson(body, holes, tags, page);
    }

    /** A body rendered elsewhere (a feed's XML, a sitemap), tagged by its bytes; {@code tags} as {@link Tagged} says. */
    public static RenderedJson of(byte[] body, List<String> tags) {
        return new RenderedJson(body, tagOf(body), tags, null);
    }

    public byte[] body() {
        return body;
    }

    public String etag() {
        return etag;
    }

    /**
     * Memory this answer may hold: its body, and for a body with live numbers a second, overlaid copy and the
     * positions of its numbers; tags and ETags besides.
     */
    public int retainedBytes() {
        int tagBytes = etag.length() * 2;
        for (String tag : tags) {
            tagBytes += 40 + tag.length();
        }
        return (holes.isEmpty() ? body.length : 2 * body.length + 48 * holes.size()) + tagBytes;
    }

    /** The paging of a list ({@link Paged}), for its Link header; null for anything else. */
    public Paged.State page() {
        return page;
    }

    /** What the body shows that a CDN may purge it by ({@link Tagged}), beyond what its address says. */
    public List<String> tags() {
        return tags;
    }

    /** This body with the live numbers' current values; this very object when none changed. */
    public RenderedJson live(LiveNumbers numbers) {
        if (holes.isEmpty()) {
            return this;
        }
        long version = numbers.version();
        Overlay last = overlay;
        if (last != null && last.version() == version) {
            return last.json();
        }
        long[] values = new long[holes.size()];
        boolean changed = false;
        for (int i = 0; i < values.length; i++) {
            Hole hole = holes.get(i);
            values[i] = numbers.current(hole.key(), hole.value());
            changed |= values[i] != hole.value();
        }
        RenderedJson json = changed ? new RenderedJson(withValues(values), etag(contentTag, values), tags, page) : this;
        overlay = new Overlay(version, json);
        return json;
    }

    private byte[] withValues(long[] values) {
        byte[][] digits = new byte[values.length][];
        int length = body.length;
        for (int i = 0; i < values.length; i++) {
            digits[i] = Long.toString(values[i]).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            length += digits[i].length - (holes.get(i).end() - holes.get(i).start());
        }
        byte[] out = new byte[length];
        int from = 0;
        int to = 0;
        for (int i = 0; i < values.length; i++) {
            Hole hole = holes.get(i);
            System.arraycopy(body, from, out, to, hole.start() - from);
            to += hole.start() - from;
            System.arraycopy(digits[i], 0, out, to, digits[i].length);
            to += digits[i].length;
            from = hole.end();
        }
        System.arraycopy(body, from, out, to, body.length - from);
        return out;
    }

    /** A strong ETag of exactly these bytes. */
    static String tagOf(byte[] body) {
        return "\"" + tagOfContent(body, List.of()) + "\"";
    }

    private static String tagOfContent(byte[] body, List<Hole> holes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            int from = 0;
            for (Hole hole : holes) {
                digest.update(body, from, hole.start() - from);
                from = hole.end();
            }
            digest.update(body, from, body.length - from);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** FNV-1a over the values: cheap, and only has to tell this body's own versions apart. */
    private static String etag(String contentTag, long[] values) {
        long hash = 0xcbf29ce484222325L;
        for (long value : values) {
            for (int shift = 0; shift < 64; shift += 8) {
                hash ^= (value >>> shift) & 0xff;
                hash *= 0x100000001b3L;
            }
        }
        return "\"" + contentTag + "." + Long.toUnsignedString(hash, 36) + "\"";
    }
}
