package vn.portalnews.media;

import java.nio.file.Path;

/** An upload as the resource received it: the bytes in a temporary file, and what the form said about them. */
public record MediaUpload(Path file, String fileName, String alt, String caption, String credit) {
}
