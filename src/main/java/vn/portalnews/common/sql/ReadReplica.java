package vn.portalnews.common.sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An optional streaming replica for anonymous public reads ({@code PORTAL_DATASOURCE_READ_URL}); editors,
 * counters and every transaction stay on the primary. A public read goes to the replica only when the replica
 * has replayed every change this instance has heard of (its own commits, and other instances' through the
 * change notifications), so a page rendered after a change never shows the state before it; a replica that lags
 * or cannot be reached is passed over for the primary, for that read.
 */
@ApplicationScoped
public class ReadReplica {

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);
    /** After a failed connection the replica is left alone this long. */
    private static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final ThreadLocal<Boolean> PUBLIC_READ = new ThreadLocal<>();

    private final AgroalDataSource primary;
    private final AgroalDataSource replica;
    /** The primary's WAL position after the newest change heard of; the replica must have replayed it. */
    private final AtomicLong required = new AtomicLong();
    private volatile long replayed;
    private volatile long restUntil;

    ReadReplica(AgroalDataSource primary, @DataSource("read") InjectableInstance<AgroalDataSource> replica,
                @ConfigProperty(name = "quarkus.datasource.read.jdbc.url") Optional<String> url) {
        this.primary = primary;
        this.replica = url.isPresent() ? replica.get() : null;
        if (this.replica != null) {
            LOG.infof("Public reads go to the read replica %s", url.get());
        }
    }

    /** Runs an anonymous public read, which may go to the replica. */
    public static <T> T publicRead(Supplier<T> read) {
        if (Boolean.TRUE.equals(PUBLIC_READ.get())) {
            return read.get();
        }
        PUBLIC_READ.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            PUBLIC_READ.remove();
        }
    }

    /**
     * A replica connection for this statement, when it runs in a public read outside any transaction and the
     * replica is current; empty means: use the primary.
     */
    Optional<Connection> connectionForPublicRead() {
        if (replica == null || !Boolean.TRUE.equals(PUBLIC_READ.get()) || System.nanoTime() - restUntil < 0) {
            return Optional.empty();
        }
        Connection connection = null;
        try {
            connection = replica.getConnection();
            long needed = required.get();
            if (replayed < needed) {
                replayed = replayPosition(connection);
                if (replayed < needed) {
                    connection.close();
                    return Optional.empty();
                }
            }
            return Optional.of(connection);
        } catch (SQLException e) {
            failed(e);
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // a broken connection
                }
            }
            return Optional.empty();
        }
    }

    /** A replica connection or statement failed: the primary answers public reads for a while. */
    void failed(SQLException e) {
        restUntil = System.nanoTime() + REST_AFTER_FAILURE.toNanos();
        LOG.warnf("Read replica unavailable (%s); public reads go to the primary for %d s", e.getMessage(),
                REST_AFTER_FAILURE.toSeconds());
    }

    /** After a change committed: later public reads need a replica that has replayed it. */
    public void changeCommitted() {
        if (replica == null) {
            return;
        }
        try (Connection connection = primary.getConnection()) {
            changeHeardOn(connection);
        } catch (SQLException e) {
            // not knowing how far the primary is, read it there until the replica has caught up with something newer
            required.set(Long.MAX_VALUE);
        }
    }

    /** A change notification arrived on this primary connection: what it announces is behind the current position. */
    public void changeHeardOn(Connection primaryConnection) throws SQLException {
        if (replica == null) {
            return;
        }
        try (Statement statement = primaryConnection.createStatement();
             ResultSet result = statement.executeQuery("select pg_current_wal_lsn()::text")) {
            result.next();
            long position = lsn(result.getString(1));
            required.accumulateAndGet(position, (current, next) -> current == Long.MAX_VALUE ? next : Math.max(current, next));
        }
    }

    private static long replayPosition(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text")) {
            result.next();
            return lsn(result.getString(1));
        }
    }

    /** A pg_lsn as text ("16/B374D848") as a number that compares like it. */
    static long lsn(String text) {
        int slash = text.indexOf('/');
        return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
    }
}
