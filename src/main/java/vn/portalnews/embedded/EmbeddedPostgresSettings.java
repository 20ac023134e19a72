package vn.portalnews.embedded;

import java.nio.file.Path;

record EmbeddedPostgresSettings(Path dataDirectory, int port, boolean cleanOnStart, String sharedBuffers) {
}
