package vn.portalnews.common;

/** One rejected input: the parameter (query, path or body field) and why it was rejected. */
public record InvalidParam(String name, String reason) {
}
