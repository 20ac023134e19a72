package vn.portalnews.common;

import io.agroal.api.AgroalDataSource;
import vn.portalnews.common.sql.ReadReplica;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.MeterRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.List;

/**
 * Listens to the database's content-change notifications (sent by triggers on sites, categories and
 * articles after commit), so that every instance drops stale responses however the data was changed.
 *
 * <p>A LISTEN connection can stall without an error (its backend stopped, a network path gone quiet): it then
 * simply hears nothing, and cached pages would stay stale for good. So the listener proves it still hears:
 * every {@link #PING_INTERVAL} it sends a ping on the channel through another connection, and when the ping has
 * not come back within {@link #STALL_TIMEOUT} it drops the connection, reconnects and forgets every cached
 * response. {@link #lastHeard()} feeds readiness and a metric.
 */
@ApplicationScoped
public class ContentChangeListener {

    public static final String CHANNEL = "portal_content";
    /** Payload of a change to the sites themselves: everything may be affected. */
    public static final String ALL = "*";
    /** Payload prefix of the listener's own round trips; other instances' pings are ignored too. */
    static final String PING = "ping:";
    static final Duration PING_INTERVAL = Duration.ofSeconds(5);
    static final Duration STALL_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class);

    private final AgroalDataSource dataSource;
    private final PublicResponseCache cache;
    private final ReadReplica replica;
    private final List<Runnable> siteListeners = new ArrayList<>();
    private volatile boolean running;
    /** When the listening connection last proved it hears the channel; null while not connected. */
    private volatile Instant lastHeard;
    private final AtomicLong stalls = new AtomicLong();
    private Thread thread;

    ContentChangeListener(AgroalDataSource dataSource, PublicResponseCache cache, ReadReplica replica, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.replica = replica;
        registry.gauge("portal.content.listener.silence.seconds", this,
                listener -> listener.lastHeard == null ? -1 : Duration.between(listener.lastHeard, Instant.now()).toSeconds());
        registry.more().counter("portal.content.listener.stalls", List.of(), stalls);
    }

    /** When the listener last proved it hears changes; empty while it is not connected. */
    public Optional<Instant> lastHeard() {
        return Optional.ofNullable(lastHeard);
    }

    /** Called when the set of sites may have changed. */
    public synchronized void onSitesChanged(Runnable listener) {
        siteListeners.add(listener);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "content-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Changes made while we were not listening were missed; forget everything once.
                replica.changeHeardOn(connection);
                invalidateEverything();
                lastHeard = Instant.now();
                hear(connection);
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("Content change listener lost its connection (%s); reconnecting", e.getMessage());
                }
            } finally {
                lastHeard = null;
                discard(connection);
            }
            if (running) {
                pause();
            }
        }
    }

    /** Applies notifications until the connection fails or stops hearing its own pings. */
    private void hear(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        String pending = null;
        Instant pingSent = Instant.EPOCH;
        while (running) {
            PGNotification[] notifications = pg.getNotifications(1000);
            Instant now = Instant.now();
            if (notifications != null) {
                if (announcesAChange(notifications)) {
                    replica.changeHeardOn(connection);
                }
                for (PGNotification notification : notifications) {
                    String payload = notification.getParameter();
                    if (payload.equals(pending)) {
                        pending = null;
                        lastHeard = now;
                    } else if (!payload.startsWith(PING)) {
                        apply(payload);
                    }
                }
            }
            if (pending != null && Duration.between(pingSent, now).compareTo(STALL_TIMEOUT) > 0) {
                stalls.incrementAndGet();
                throw new SQLException("no notification came back within " + STALL_TIMEOUT.toSeconds() + " s");
            }
            if (pending == null && Duration.between(pingSent, now).compareTo(PING_INTERVAL) >= 0) {
                pending = PING + UUID.randomUUID();
                pingSent = now;
                ping(pending);
            }
        }
    }

    private static boolean announcesAChange(PGNotification[] notifications) {
        for (PGNotification notification : notifications) {
            if (!notification.getParameter().startsWith(PING)) {
                return true;
            }
        }
        return false;
    }

    /** Through another connection: the listening one may be the one that stalled. */
    private void ping(String payload) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            LOG.debugf("Content change ping not sent: %s", e.getMessage());
        }
    }

    /** Aborted, not closed: closing a connection whose backend stalled would wait on it. */
    private static void discard(Connection connection) {
        if (connection != null) {
            try {
                connection.abort(Runnable::run);
            } catch (Exception e) {
                LOG.debugf("Content change connection not aborted: %s", e.getMessage());
            }
        }
    }

    private void apply(String payload) {
        if (ALL.equals(payload)) {
            invalidateEverything();
            return;
        }
        try {
            cache.invalidate(Long.parseLong(payload));
        } catch (NumberFormatException e) {
            invalidateEverything();
        }
    }

    private synchronized void invalidateEverything() {
        cache.invalidateAll();
        siteListeners.forEach(Runnable::run);
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
