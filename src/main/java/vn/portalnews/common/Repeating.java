package vn.portalnews.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Background work of an instance (flushes, refreshes, outbox workers): one daemon thread per task, named after it. */
public final class Repeating {

    private Repeating() {
    }

    /**
     * Runs {@code task} after {@code firstDelay}, then {@code interval} after each run ends (never two at once).
     * The caller shuts the returned scheduler down when the application stops.
     */
    public static ScheduledExecutorService every(String threadName, Duration firstDelay, Duration interval, Runnable task) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(task, firstDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }
}
