package vn.portalnews;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl on a free port, as the postgres user when the tests
 * run as root), so that a test can stop, start and freeze the database under the running service. With the
 * init argument {@code replica=true} it also makes a streaming replica of it ({@code pg_basebackup -R}) and
 * points the service's read replica at it.
 */
public class OwnPostgres implements QuarkusTestResourceLifecycleManager {

    private static Path dir;
    private static int port;
    private static int replicaPort;
    private boolean withReplica;

    @Override
    public void init(Map<String, String> initArgs) {
        withReplica = Boolean.parseBoolean(initArgs.getOrDefault("replica", "false"));
    }

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("portal-faults");
            run("chmod", "777", dir.toString()); // initdb, run as postgres, creates the cluster's directory in it
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            asPostgres(bin("initdb") + " -D " + dir.resolve("pg") + " -U postgres --auth=trust -E UTF8");
            startServer();
            Map<String, String> config = new java.util.HashMap<>(Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", ""));
            if (withReplica) {
                try (ServerSocket socket = new ServerSocket(0)) {
                    replicaPort = socket.getLocalPort();
                }
                asPostgres(bin("pg_basebackup") + " -h 127.0.0.1 -p " + port + " -U postgres -D " + dir.resolve("replica")
                        + " -R -X stream");
                startReplica();
                config.put("quarkus.datasource.read.jdbc.url", "jdbc:postgresql://127.0.0.1:" + replicaPort + "/postgres");
            }
            return config;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try {
            asPostgres(bin("pg_ctl") + " -D " + dir.resolve("pg") + " stop -m immediate");
        } catch (RuntimeException ignored) {
            // already stopped
        }
        if (withReplica) {
            try {
                stopReplica();
            } catch (RuntimeException ignored) {
                // already stopped
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    /** A connection of the test's own to the cluster, past the service's pool. */
    public static java.sql.Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    /** The same to the replica. */
    public static java.sql.Connection connectToReplica() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + replicaPort + "/postgres", "postgres", "");
    }

    public static void startReplica() {
        asPostgres(bin("pg_ctl") + " -D " + dir.resolve("replica") + " -l " + dir.resolve("replica.log") + " -w -o '-p "
                + replicaPort + " -k " + dir + "' start");
    }

    public static void stopReplica() {
        asPostgres(bin("pg_ctl") + " -D " + dir.resolve("replica") + " -w stop -m immediate");
    }

    public static void startServer() {
        asPostgres(bin("pg_ctl") + " -D " + dir.resolve("pg") + " -l " + dir.resolve("pg.log") + " -w -o '-p " + port
                + " -k " + dir + "' start");
    }

    public static void stopServer() {
        asPostgres(bin("pg_ctl") + " -D " + dir.resolve("pg") + " -w stop -m fast");
    }

    /** Freezes or thaws one backend process (SIGSTOP/SIGCONT): a connection that stops answering, without an error. */
    public static void signal(long pid, String signal) {
        run("kill", "-" + signal, Long.toString(pid));
    }

    private static String bin(String name) {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            Path newest = versions.max(Comparator.comparing(path -> Integer.parseInt(path.getFileName().toString())))
                    .orElseThrow();
            return newest.resolve("bin").resolve(name).toString();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL's server binaries are not installed", e);
        }
    }

    private static void asPostgres(String command) {
        boolean root = "root".equals(System.getProperty("user.name"));
        run(root ? new String[]{"su", "postgres", "-s", "/bin/sh", "-c", command} : new String[]{"sh", "-c", command});
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
