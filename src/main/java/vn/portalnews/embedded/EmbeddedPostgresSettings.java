package vn.portalnews.embedded;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL's settings ({@code portal.embedded.*}). They are read before any config mapping
 * exists, by the embedded config source, so they are plain keys with the defaults below.
 */
record EmbeddedPostgresSettings(Path dataDirectory, int port, boolean cleanOnStart, String sharedBuffers) {

    /** false: refuse to start without an external database. */
    static final String DEFAULT_ENABLED = "true";
    /** 0: any free port. */
    static final String DEFAULT_PORT = "0";
    static final String DEFAULT_CLEAN_ON_START = "false";
    /** PostgreSQL's own default (128MB) keeps little of a large corpus in memory. */
    static final String DEFAULT_SHARED_BUFFERS = "512MB";
}
