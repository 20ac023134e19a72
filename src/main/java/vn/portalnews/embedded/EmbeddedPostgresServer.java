package vn.portalnews.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One embedded PostgreSQL per JVM, started on first demand. Dev mode and test runs restart the
 * application inside the same JVM; they must keep talking to the same server, hence the static holder.
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static volatile EmbeddedPostgres running;

    private EmbeddedPostgresServer() {
    }

    static synchronized String jdbcUrl(EmbeddedPostgresSettings settings) {
        if (running == null) {
            running = start(settings);
        }
        return running.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start(EmbeddedPostgresSettings settings) {
        Path dataDirectory = settings.dataDirectory().toAbsolutePath();
        try {
            if (settings.cleanOnStart()) {
                deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            stopOrphanedPostmaster(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    .setLocaleConfig("locale", "C.UTF-8")
                    // zonky passes -F (fsync off) by default; a persistent data directory deserves durable commits.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("shared_buffers", settings.sharedBuffers())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s (fsync on). "
                            + "To use your own server instead, set QUARKUS_DATASOURCE_JDBC_URL, "
                            + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.",
                    postgres.getPort(), dataDirectory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its postmaster running and the data directory locked; a new start
     * would fail with "lock file already exists". Stop that orphan, but only if it really serves this directory.
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<Long> pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst()
                .map(String::trim).filter(line -> line.matches("\\d+")).map(Long::parseLong);
        Optional<ProcessHandle> postmaster = pid.flatMap(ProcessHandle::of)
                .filter(handle -> servesDirectory(handle, dataDirectory));
        if (postmaster.isEmpty()) {
            return; // a stale pid file; PostgreSQL itself recognizes and replaces it
        }
        LOG.warnf("Stopping an orphaned embedded PostgreSQL (pid %d) left behind by a previous run", pid.get());
        ProcessHandle handle = postmaster.get();
        handle.destroy(); // SIGTERM: smart shutdown, the dead JVM's sessions are already gone
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notStoppedInTime) {
            handle.destroyForcibly();
            handle.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private static boolean servesDirectory(ProcessHandle handle, Path dataDirectory) {
        try {
            String commandLine = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "cmdline"))
                    .replace('\0', ' ');
            return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
        } catch (IOException | RuntimeException unreadable) {
            return handle.info().command().map(command -> command.contains("postgres")).orElse(false);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
