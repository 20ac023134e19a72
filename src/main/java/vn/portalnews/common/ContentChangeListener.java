package vn.portalnews.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Listens to the database's content-change notifications (sent by triggers on sites, categories and
 * articles after commit), so that every instance drops stale responses however the data was changed.
 */
@ApplicationScoped
public class ContentChangeListener {

    public static final String CHANNEL = "portal_content";
    /** Payload of a change to the sites themselves: everything may be affected. */
    public static final String ALL = "*";
    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class);

    private final AgroalDataSource dataSource;
    private final PublicResponseCache cache;
    private final List<Runnable> siteListeners = new ArrayList<>();
    private volatile boolean running;
    private Thread thread;

    ContentChangeListener(AgroalDataSource dataSource, PublicResponseCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
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
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                // Changes made while we were not listening were missed; forget everything once.
                invalidateEverything();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            apply(notification.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("Content change listener lost its connection (%s); reconnecting", e.getMessage());
                    pause();
                }
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
