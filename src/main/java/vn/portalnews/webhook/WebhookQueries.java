package vn.portalnews.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.sql.NativeSql;
import vn.portalnews.common.sql.Row;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The webhook feature's SQL. */
@ApplicationScoped
class WebhookQueries {

    record EndpointRow(long id, long siteId, String url, List<String> events, String description, boolean enabled,
                       String secret, String previousSecret, Instant previousSecretUntil, Instant createdAt,
                       Instant updatedAt, long version) {
    }

    /** A claimed delivery with what sending it needs. */
    record Due(long id, String messageId, String payload, int attempts, String url, String secret,
               String previousSecret, Instant previousSecretUntil) {
    }

    record DeliveryRow(long id, String messageId, String eventType, String status, int attempts, Instant createdAt,
                       Instant dueAt, Instant finishedAt, String payload, String attemptLog) {
    }

    private static final String ENDPOINT_COLUMNS = """
            e.id, e.site_id, e.url, e.events, e.description, e.enabled, e.secret, e.previous_secret,
            e.previous_secret_until, e.created_at, e.updated_at, e.version""";

    private static final String DELIVERY_COLUMNS = """
            d.id, d.message_id, d.event_type, d.status, d.attempts, d.created_at, d.due_at, d.finished_at, d.payload,
            (select coalesce(json_agg(json_build_object('at', a.attempted_at, 'statusCode', a.status_code,
                                                        'latencyMs', a.latency_ms, 'error', a.error) order by a.id desc), '[]')
             from (select * from webhook_attempts a where a.delivery_id = d.id order by a.id desc limit 20) a)::text as attempt_log""";

    private final NativeSql sql;

    WebhookQueries(NativeSql sql) {
        this.sql = sql;
    }

    List<EndpointRow> endpoints(long siteId) {
        return sql.query("select " + ENDPOINT_COLUMNS + " from webhook_endpoints e where e.site_id = :site order by e.id")
                .bind("site", siteId).list(WebhookQueries::endpoint);
    }

    Optional<EndpointRow> endpoint(long siteId, long id) {
        return sql.query("select " + ENDPOINT_COLUMNS + " from webhook_endpoints e where e.site_id = :site and e.id = :id")
                .bind("site", siteId).bind("id", id).first(WebhookQueries::endpoint);
    }

    /** Locks the site's row, so two concurrent registrations cannot both pass the per-site limit. */
    int countEndpointsLocked(long siteId) {
        sql.query("select id from sites where id = :site for update").bind("site", siteId).first(row -> row.longValue("id"));
        return sql.query("select count(*) as n from webhook_endpoints where site_id = :site")
                .bind("site", siteId).single(row -> row.intValue("n"));
    }

    long insertEndpoint(long siteId, String url, List<String> events, String description, boolean enabled, String secret,
                        Instant now) {
        return sql.query("""
                        insert into webhook_endpoints (site_id, url, events, description, enabled, secret, created_at, updated_at)
                        values (:site, :url, :events, :description, :enabled, :secret, :now, :now) returning id""")
                .bind("site", siteId).bind("url", url).bind("events", events.toArray(String[]::new))
                .bind("description", description).bind("enabled", enabled).bind("secret", secret).bind("now", now)
                .single(row -> row.longValue("id"));
    }

    /** @return false when the endpoint changed since {@code version} was read */
    boolean updateEndpoint(long id, long version, String url, List<String> events, String description, boolean enabled,
                           Instant now) {
        return sql.query("""
                        update webhook_endpoints set url = :url, events = :events, description = :description,
                               enabled = :enabled, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .bind("id", id).bind("version", version).bind("url", url).bind("events", events.toArray(String[]::new))
                .bind("description", description).bind("enabled", enabled).bind("now", now)
                .update() == 1;
    }

    void rotateSecret(long id, String secret, Instant previousUntil, Instant now) {
        sql.query("""
                        update webhook_endpoints set previous_secret = secret, previous_secret_until = :until, secret = :secret,
                               updated_at = :now, version = version + 1
                        where id = :id""")
                .bind("id", id).bind("secret", secret).bind("until", previousUntil).bind("now", now).update();
    }

    void deleteEndpoint(long id) {
        sql.query("delete from webhook_endpoints where id = :id").bind("id", id).update();
    }

    /**
     * One delivery per enabled endpoint of the site that subscribed to the event, in one statement; a delivery
     * of the same subject still waiting for its scheduled instant is withdrawn first (the new event supersedes it).
     */
    void enqueue(long siteId, String type, String[] filters, String subject, String payload, Instant dueAt,
                 Instant scheduledFor, Instant now) {
        sql.query("""
                        delete from webhook_deliveries d using webhook_endpoints e
                        where d.subject = :subject and d.scheduled_for is not null and d.attempts = 0 and d.status = 'pending'
                          and d.endpoint_id = e.id and e.site_id = :site""")
                .bind("subject", subject).bind("site", siteId).update();
        sql.query("""
                        insert into webhook_deliveries (endpoint_id, message_id, event_type, subject, payload, due_at,
                                                        scheduled_for, created_at)
                        select e.id, 'msg_' || replace(gen_random_uuid()::text, '-', ''), :type, :subject, :payload, :due,
                               :scheduled, :now
                        from webhook_endpoints e
                        where e.site_id = :site and e.enabled and e.events && :filters""")
                .bind("type", type).bind("subject", subject).bind("payload", payload).bind("due", dueAt)
                .bind("scheduled", scheduledFor).bind("now", now).bind("site", siteId).bind("filters", filters)
                .update();
    }

    /** A delivery to one endpoint, whatever it subscribed to (a ping). */
    long enqueueTo(long endpointId, String type, String subject, String payload, Instant now) {
        return sql.query("""
                        insert into webhook_deliveries (endpoint_id, message_id, event_type, subject, payload, due_at, created_at)
                        values (:endpoint, 'msg_' || replace(gen_random_uuid()::text, '-', ''), :type, :subject, :payload, :now, :now)
                        returning id""")
                .bind("endpoint", endpointId).bind("type", type).bind("subject", subject).bind("payload", payload)
                .bind("now", now).single(row -> row.longValue("id"));
    }

    /**
     * Takes up to {@code limit} due deliveries of enabled endpoints until {@code leaseEnd}: another instance
     * skips rows being taken and does not see them again until the lease ends, so each attempt is made by one
     * instance, and made again only if that one died before recording it.
     */
    List<Due> claim(Instant now, Instant leaseEnd, int limit) {
        return sql.query("""
                        with taken as (
                            update webhook_deliveries d set due_at = :leaseEnd, scheduled_for = null
                            where d.id in (select c.id from webhook_deliveries c join webhook_endpoints ce on ce.id = c.endpoint_id
                                           where c.due_at <= :now and ce.enabled
                                           order by c.due_at limit :limit for update of c skip locked)
                            returning d.id, d.endpoint_id, d.message_id, d.payload, d.attempts)
                        select t.id, t.message_id, t.payload, t.attempts, e.url, e.secret, e.previous_secret, e.previous_secret_until
                        from taken t join webhook_endpoints e on e.id = t.endpoint_id""")
                .bind("now", now).bind("leaseEnd", leaseEnd).bind("limit", limit)
                .list(row -> new Due(row.longValue("id"), row.string("message_id"), row.string("payload"),
                        row.intValue("attempts"), row.string("url"), row.string("secret"), row.string("previous_secret"),
                        row.instant("previous_secret_until")));
    }

    void recordAttempt(long deliveryId, Instant at, Integer statusCode, long latencyMs, String error) {
        sql.query("""
                        insert into webhook_attempts (delivery_id, attempted_at, status_code, latency_ms, error)
                        values (:delivery, :at, :status, :latency, :error)""")
                .bind("delivery", deliveryId).bind("at", at).bind("status", statusCode).bind("latency", latencyMs)
                .bind("error", error).update();
    }

    void delivered(long id, Instant at) {
        sql.query("""
                        update webhook_deliveries set status = 'delivered', attempts = attempts + 1, due_at = null, finished_at = :at
                        where id = :id""")
                .bind("id", id).bind("at", at).update();
    }

    void retryAt(long id, Instant dueAt) {
        sql.query("update webhook_deliveries set attempts = attempts + 1, due_at = :due where id = :id")
                .bind("id", id).bind("due", dueAt).update();
    }

    void failed(long id, Instant at) {
        sql.query("""
                        update webhook_deliveries set status = 'failed', attempts = attempts + 1, due_at = null, finished_at = :at
                        where id = :id""")
                .bind("id", id).bind("at", at).update();
    }

    /** A fresh series of attempts, now, for a delivery of this endpoint. */
    boolean redeliver(long endpointId, long id, Instant now) {
        return sql.query("""
                        update webhook_deliveries set status = 'pending', attempts = 0, due_at = :now, finished_at = null,
                               scheduled_for = null
                        where id = :id and endpoint_id = :endpoint""")
                .bind("id", id).bind("endpoint", endpointId).bind("now", now).update() == 1;
    }

    /** The endpoint's deliveries newest first, below {@code beforeId}, of one status when given. */
    List<DeliveryRow> deliveries(long endpointId, String status, long beforeId, int limit) {
        return sql.query("select " + DELIVERY_COLUMNS + " from webhook_deliveries d where d.endpoint_id = :endpoint and d.id < :before"
                        + (status == null ? "" : " and d.status = :status") + " order by d.id desc limit :limit")
                .bind("endpoint", endpointId).bind("before", beforeId).bind("status", status).bind("limit", limit)
                .list(WebhookQueries::delivery);
    }

    Optional<DeliveryRow> delivery(long endpointId, long id) {
        return sql.query("select " + DELIVERY_COLUMNS + " from webhook_deliveries d where d.endpoint_id = :endpoint and d.id = :id")
                .bind("endpoint", endpointId).bind("id", id).first(WebhookQueries::delivery);
    }

    /** Deletes up to {@code limit} deliveries finished before {@code before}; their attempts go with them. */
    int deleteFinishedBefore(Instant before, int limit) {
        return sql.query("""
                        delete from webhook_deliveries where id in (
                            select id from webhook_deliveries where finished_at < :before order by finished_at limit :limit)""")
                .bind("before", before).bind("limit", limit).update();
    }

    private static EndpointRow endpoint(Row row) throws SQLException {
        return new EndpointRow(row.longValue("id"), row.longValue("site_id"), row.string("url"),
                Arrays.asList(row.strings("events")), row.string("description"), row.bool("enabled"), row.string("secret"),
                row.string("previous_secret"), row.instant("previous_secret_until"), row.instant("created_at"),
                row.instant("updated_at"), row.longValue("version"));
    }

    private static DeliveryRow delivery(Row row) throws SQLException {
        return new DeliveryRow(row.longValue("id"), row.string("message_id"), row.string("event_type"), row.string("status"),
                row.intValue("attempts"), row.instant("created_at"), row.instant("due_at"), row.instant("finished_at"),
                row.string("payload"), row.string("attempt_log"));
    }
}
