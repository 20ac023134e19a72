package vn.portalnews.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.ContentEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deliveries owed to the sites' endpoints, in the database: recorded in the change's transaction, sent by
 * {@link WebhookWorker}. The body is fixed here, once, so every attempt sends (and signs) the same bytes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW) // the worker's steps; recording joins the change's transaction
public class WebhookOutbox implements ContentEvents {

    /** Longer than an attempt and its timeouts; an instance that dies holding deliveries frees them after this. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookQueries queries;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookOutbox(WebhookQueries queries, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Event event) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean later = event.at() != null && event.at().isAfter(now);
        Instant happens = later ? event.at() : now;
        queries.enqueue(event.siteId(), event.type(), EventTypes.filtersSelecting(event.type()), event.subject(),
                payload(event.type(), happens, event.data(), event.tags(), event.urls()), happens, later ? happens : null, now);
    }

    /** A ping to one endpoint: what it receives and how it is signed, without changing anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    long ping(long endpointId, String site) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return queries.enqueueTo(endpointId, EventTypes.PING, "endpoint:" + endpointId,
                payload(EventTypes.PING, now, Map.of("site", site), List.of(), List.of()), now);
    }

    List<WebhookQueries.Due> claimDue(int limit) {
        Instant now = clock.instant();
        return queries.claim(now, now.plus(LEASE), limit);
    }

    /** Records each attempt, and what follows: done, another attempt after the schedule's wait, or given up. */
    void finish(List<WebhookQueries.Due> attempted, List<WebhookSender.Outcome> outcomes, List<Duration> schedule) {
        for (int i = 0; i < attempted.size(); i++) {
            WebhookQueries.Due due = attempted.get(i);
            WebhookSender.Outcome outcome = outcomes.get(i);
            queries.recordAttempt(due.id(), outcome.at(), outcome.statusCode(), outcome.latencyMs(), outcome.error());
            if (outcome.delivered()) {
                queries.delivered(due.id(), outcome.at());
            } else if (due.attempts() < schedule.size()) {
                queries.retryAt(due.id(), outcome.at().plus(schedule.get(due.attempts())));
            } else {
                queries.failed(due.id(), outcome.at());
            }
        }
    }

    int deleteFinishedBefore(Instant before, int limit) {
        return queries.deleteFinishedBefore(before, limit);
    }

    /** The Standard Webhooks body: {@code type}, {@code timestamp} and {@code data}. */
    private String payload(String type, Instant at, Map<String, Object> data, Collection<String> tags,
                           Collection<String> urls) {
        Map<String, Object> body = new LinkedHashMap<>(data);
        body.put("cacheTags", List.copyOf(tags));
        body.put("urls", List.copyOf(urls));
        try {
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("type", type);
            envelope.put("timestamp", at.toString());
            envelope.put("data", body);
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's data must be plain JSON values", e);
        }
    }
}
