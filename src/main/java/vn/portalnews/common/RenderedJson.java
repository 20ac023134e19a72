package vn.portalnews.common;

/** A response body rendered once, with the strong ETag of exactly those bytes. */
public record RenderedJson(byte[] body, String etag) {
}
