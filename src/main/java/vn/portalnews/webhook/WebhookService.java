package vn.portalnews.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.IfMatch;
import vn.portalnews.common.InvalidParam;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.ProblemType;
import vn.portalnews.common.RequestValidation;
import vn.portalnews.site.SiteRef;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Administrators' endpoints of a site, their secrets and their delivery logs. */
@ApplicationScoped
@Transactional // reads say SUPPORTS
public class WebhookService {

    private final WebhookQueries queries;
    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final RequestValidation validation;
    private final CursorCodec cursors;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookService(WebhookQueries queries, WebhookOutbox outbox, WebhookSender sender, WebhookConfig config,
                   RequestValidation validation, CursorCodec cursors, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.outbox = outbox;
        this.sender = sender;
        this.config = config;
        this.validation = validation;
        this.cursors = cursors;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookEndpointList list(SiteRef site) {
        return new WebhookEndpointList(queries.endpoints(site.id()).stream().map(WebhookService::view).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookEndpoint get(SiteRef site, long id) {
        return view(find(site, id));
    }

    public WebhookEndpoint create(SiteRef site, WebhookInput input) {
        Checked checked = check(input);
        if (queries.countEndpointsLocked(site.id()) >= config.maxEndpointsPerSite()) {
            throw ApiProblemException.conflict("Site '" + site.slug() + "' has " + config.maxEndpointsPerSite()
                    + " endpoints, the most allowed (portal.webhooks.max-endpoints-per-site); delete one first");
        }
        long id = queries.insertEndpoint(site.id(), checked.url(), checked.events(), checked.description(),
                checked.enabled(), WebhookSignature.newSecret(), now());
        return get(site, id);
    }

    public WebhookEndpoint replace(SiteRef site, long id, String ifMatch, WebhookInput input) {
        Checked checked = check(input);
        WebhookQueries.EndpointRow endpoint = find(site, id);
        IfMatch.check(ifMatch, endpoint.version(), false, "webhook endpoint");
        if (!queries.updateEndpoint(id, endpoint.version(), checked.url(), checked.events(), checked.description(),
                checked.enabled(), now())) {
            throw new ApiProblemException(ProblemType.PRECONDITION_FAILED, "The endpoint changed meanwhile; GET it again", List.of());
        }
        return get(site, id);
    }

    public void delete(SiteRef site, long id, String ifMatch) {
        WebhookQueries.EndpointRow endpoint = find(site, id);
        IfMatch.check(ifMatch, endpoint.version(), false, "webhook endpoint");
        queries.deleteEndpoint(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSecret secret(SiteRef site, long id) {
        return secretOf(find(site, id));
    }

    /** A new secret signs from now on; the old one signs beside it for the overlap, so receivers can switch. */
    public WebhookSecret rotateSecret(SiteRef site, long id) {
        find(site, id);
        Instant now = now();
        queries.rotateSecret(id, WebhookSignature.newSecret(), now.plus(config.rotationOverlap()), now);
        return secretOf(find(site, id));
    }

    public WebhookDelivery ping(SiteRef site, long id) {
        find(site, id);
        long delivery = outbox.ping(id, site.slug());
        return delivery(site, id, delivery);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookDeliveryPage deliveries(SiteRef site, long id, String status, int limit, String cursor) {
        find(site, id);
        String scope = "webhook-deliveries|" + id + "|" + status;
        long before = cursor == null ? Long.MAX_VALUE : cursors.decode("cursor", scope, cursor).id();
        KeysetPage<WebhookQueries.DeliveryRow> page = KeysetPage.of(queries.deliveries(id, status, before, limit + 1), limit);
        return new WebhookDeliveryPage(page.map(this::view),
                page.nextCursor(last -> cursors.encode(scope, Position.ofId(last.id()))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookDelivery delivery(SiteRef site, long id, long deliveryId) {
        find(site, id);
        return queries.delivery(id, deliveryId).map(this::view)
                .orElseThrow(() -> ApiProblemException.notFound("Endpoint " + id + " has no delivery " + deliveryId));
    }

    /** Sends the same message (same webhook-id and body) again now, with a fresh series of retries. */
    public WebhookDelivery redeliver(SiteRef site, long id, long deliveryId) {
        find(site, id);
        if (!queries.redeliver(id, deliveryId, now())) {
            throw ApiProblemException.notFound("Endpoint " + id + " has no delivery " + deliveryId);
        }
        return delivery(site, id, deliveryId);
    }

    private record Checked(String url, List<String> events, String description, boolean enabled) {
    }

    private Checked check(WebhookInput input) {
        validation.check("body", input);
        List<InvalidParam> problems = new ArrayList<>();
        String url = input.url().strip();
        try {
            URI parsed = new URI(url);
            if (parsed.getRawUserInfo() != null) {
                problems.add(new InvalidParam("url", "must not carry a user name or password; the signature authenticates"));
            } else {
                sender.checkTarget(parsed);
            }
        } catch (URISyntaxException e) {
            problems.add(new InvalidParam("url", "is not a URL"));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidParam("url", e.getMessage()));
        } catch (UnknownHostException e) {
            problems.add(new InvalidParam("url", "names a host that does not resolve"));
        }
        List<String> events = input.events().stream().map(String::strip).distinct().toList();
        for (int i = 0; i < events.size(); i++) {
            if (!EventTypes.isValidFilter(events.get(i))) {
                problems.add(new InvalidParam("events[" + i + "]", "'" + events.get(i) + "' is not an event; use " + EventTypes.DESCRIPTION));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblemException.invalid(problems);
        }
        String description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        return new Checked(url, events, description, input.enabled() == null || input.enabled());
    }

    private WebhookQueries.EndpointRow find(SiteRef site, long id) {
        return queries.endpoint(site.id(), id)
                .orElseThrow(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no webhook endpoint " + id));
    }

    private WebhookSecret secretOf(WebhookQueries.EndpointRow endpoint) {
        boolean overlapping = endpoint.previousSecretUntil() != null && clock.instant().isBefore(endpoint.previousSecretUntil());
        return new WebhookSecret(endpoint.secret(), overlapping ? endpoint.previousSecretUntil() : null);
    }

    private static WebhookEndpoint view(WebhookQueries.EndpointRow row) {
        return new WebhookEndpoint(row.id(), row.url(), row.events(), row.description(), row.enabled(), row.createdAt(),
                row.updatedAt(), row.version());
    }

    private WebhookDelivery view(WebhookQueries.DeliveryRow row) {
        try {
            return new WebhookDelivery(row.id(), row.messageId(), row.eventType(), row.status(), row.attempts(),
                    row.createdAt(), row.dueAt(), row.finishedAt(), json.readTree(row.payload()),
                    json.readValue(row.attemptLog(), new TypeReference<List<WebhookDelivery.Attempt>>() {
                    }));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A stored delivery is not JSON", impossible);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
