package vn.portalnews.media;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real S3-compatible server for the tests: s3rver (npm), installed under target/ on first use (.ci/run
 * installs it beforehand), started on a free port with its data in target/, and stoppable to test outages.
 */
public class S3rver implements QuarkusTestResourceLifecycleManager {

    static final String VERSION = "3.7.1";
    static final String KEY = "S3RVER"; // s3rver's fixed credentials
    private static final Path HOME = Path.of("target", "s3rver").toAbsolutePath();

    private static Process process;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            install();
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            startServer();
        } catch (IOException e) {
            throw new IllegalStateException("s3rver could not start: " + e.getMessage(), e);
        }
        return Map.of("portal.media.storage", "s3",
                "portal.media.s3.endpoint", "http://127.0.0.1:" + port,
                "portal.media.s3.bucket", "portal-media-test",
                "portal.media.s3.access-key", KEY,
                "portal.media.s3.secret-key", KEY,
                "portal.media.s3.timeout", "PT2S");
    }

    @Override
    public void stop() {
        stopServer();
    }

    static synchronized void startServer() throws IOException {
        Path data = HOME.resolve("data");
        Files.createDirectories(data);
        process = new ProcessBuilder("node", HOME.resolve("node_modules/s3rver/bin/s3rver.js").toString(),
                "--address", "127.0.0.1", "--port", Integer.toString(port), "--directory", data.toString(), "--silent")
                .redirectErrorStream(true).redirectOutput(HOME.resolve("s3rver.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("s3rver exited; see " + HOME.resolve("s3rver.log"));
                }
                Thread.onSpinWait();
            }
        }
        throw new IOException("s3rver did not listen within 30 s");
    }

    static synchronized void stopServer() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static void install() throws IOException {
        if (Files.exists(HOME.resolve("node_modules/s3rver/bin/s3rver.js"))) {
            return;
        }
        Files.createDirectories(HOME);
        Process npm = new ProcessBuilder(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", HOME.toString(),
                "s3rver@" + VERSION)).redirectErrorStream(true).redirectOutput(HOME.resolve("npm.log").toFile()).start();
        try {
            if (npm.waitFor() != 0) {
                throw new IOException("npm install s3rver failed; see " + HOME.resolve("npm.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing s3rver", e);
        }
    }
}
