package vn.portalnews.media;

public enum MediaKind {
    /** A photo or picture: stored re-encoded without metadata, with variants for srcset. */
    IMAGE,
    /** A document for download, stored as uploaded. */
    FILE
}
