package vn.portalnews.stats;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.MovableClock;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;
import vn.portalnews.site.SiteDirectory;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class StatsResourceTest {

    @Inject
    TestContent content;
    @Inject
    HitCollector collector;
    @Inject
    SiteDirectory sites;
    @Inject
    VisitorSalts salts;
    @Inject
    StatsConfig config;
    @Inject
    StatsWriter writer;
    @Inject
    StatsMaintenance maintenance;
    @Inject
    Clock clock;

    private TestSite site;
    private String base;

    @BeforeEach
    void createSite() {
        site = content.site("stats");
        long category = content.category(site, "tin", "Tin", 0);
        content.published(site, category, "bai-viet", Instant.parse("2024-01-01T00:00:00Z"));
        content.published(site, category, "bai-khac", Instant.parse("2024-01-02T00:00:00Z"));
        base = "/api/v1/sites/" + site.slug();
        // hits look sites up in memory only; a request served on a worker loads a site this instance does
        // not know yet, where the change notification might still be on its way
        given().get(base + "/stats").then().statusCode(200);
    }

    private void hit(String userAgent, String article) {
        given().contentType("application/json").header("User-Agent", userAgent)
                .body(article == null ? "{\"path\":\"/\"}" : "{\"path\":\"/tin/" + article + "\",\"article\":\"" + article + "\"}")
                .post(base + "/hits").then().statusCode(202);
    }

    @Test
    void shouldCountConcurrentDistinctVisitorsExactly() throws Exception {
        int visitors = 200;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (int i = 0; i < visitors; i++) {
                String agent = "Mozilla/5.0 (Linux; Android 14) visitor-" + i;
                calls.add(() -> {
                    hit(agent, "bai-viet");
                    return null;
                });
            }
            for (Future<Void> call : pool.invokeAll(calls)) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        collector.flush();
        given().get(base + "/stats").then().statusCode(200)
                .body("today", equalTo(visitors)).body("online", equalTo(visitors)).body("total", equalTo(visitors));
        given().get(base + "/articles/bai-viet").then().body("viewCount", equalTo(visitors));
        String today = clock.instant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        given().queryParam("from", today).queryParam("to", today).get(base + "/stats/daily").then()
                .body("days[0].visits", equalTo(visitors)).body("days[0].visitors", equalTo(visitors))
                .body("days[0].pageviews", equalTo(visitors));
    }

    @Test
    void shouldCountARefreshingVisitorOnceAndShowTheViewWithinSeconds() {
        for (int i = 0; i < 10; i++) {
            hit("Mozilla/5.0 refresher", "bai-viet");
        }
        hit("Mozilla/5.0 refresher", null);
        // no manual flush: the scheduled one must make the view visible on the article
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().get(base + "/articles/bai-viet").then().body("viewCount", equalTo(1)));
        collector.flush();
        given().get(base + "/stats").then().body("today", equalTo(1));
        given().get(base + "/stats/daily").then().body("days[-1].pageviews", equalTo(11))
                .body("days[-1].visitors", equalTo(1));
        given().queryParam("period", "day").get(base + "/articles/popular").then().statusCode(200)
                .body("items.slug", contains("bai-viet")).body("items[0].periodViews", equalTo(1));
    }

    @Test
    void shouldNotCountBots() {
        for (String bot : List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0)", "curl/8.4.0", "python-requests/2.31", "facebookexternalhit/1.1")) {
            hit(bot, "bai-viet");
        }
        given().contentType("application/json").body("{\"path\":\"/\"}").post(base + "/hits").then().statusCode(202);
        collector.flush();
        given().get(base + "/stats").then().body("today", equalTo(0)).body("online", equalTo(0));
        given().get(base + "/articles/bai-viet").then().body("viewCount", equalTo(0));
    }

    @Test
    void shouldKeepEachSiteToItself() {
        TestSite other = content.site("stats-other");
        hit("Mozilla/5.0 only-here", null);
        collector.flush();
        given().get("/api/v1/sites/" + other.slug() + "/stats").then().body("today", equalTo(0)).body("total", equalTo(0));
        given().get(base + "/stats").then().body("today", equalTo(1));
    }

    @Test
    void shouldSumExactlyAcrossTwoInstancesAndFlushOnGracefulStop() throws Exception {
        // a second instance: its own memory, the same database
        HitCollector second = new HitCollector(clock, config, new VisitorSalts(maintenance), writer, maintenance, sites,
                new SimpleMeterRegistry());
        SiteRef ref = sites.require(site.slug());
        for (int i = 0; i < 50; i++) {
            hit("Mozilla/5.0 shared-" + i, "bai-viet");           // instance one, over HTTP
            second.record(ref, "127.0.0.1", "Mozilla/5.0 shared-" + i, "bai-viet"); // the same visitors on two
            second.record(ref, "127.0.0.1", "Mozilla/5.0 second-only-" + i, "bai-khac");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = pool.submit(collector::flush);
            Future<?> two = pool.submit(() -> second.stop(new ShutdownEvent()));
            one.get();
            two.get();
        } finally {
            pool.shutdown();
        }
        given().get(base + "/stats").then().body("today", equalTo(100));
        given().get(base + "/stats/daily").then().body("days[-1].visitors", equalTo(100))
                .body("days[-1].pageviews", equalTo(150));
        given().get(base + "/articles/bai-viet").then().body("viewCount", equalTo(50));
        given().get(base + "/articles/bai-khac").then().body("viewCount", equalTo(50));
        given().queryParam("period", "all").get(base + "/articles/popular").then()
                .body("items.viewCount", contains(50, 50));
    }

    @Test
    void shouldCountAHitWithoutAnArticleAsAPageViewOnly() {
        given().contentType("application/json").header("User-Agent", "Mozilla/5.0 home page").body("{}")
                .post(base + "/hits").then().statusCode(202);
        collector.flush();
        given().get(base + "/stats/daily").then().body("days[-1].pageviews", equalTo(1));
        given().get(base + "/articles/bai-viet").then().body("viewCount", equalTo(0));
    }

    @Test
    void shouldCountAVisitorHeardByTwoInstancesAtTheSameInstantOnce() throws Exception {
        // the same microsecond on both: newness is decided by the database, not by comparing instants
        MovableClock frozen = new MovableClock(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        HitCollector one = new HitCollector(frozen, config, new VisitorSalts(maintenance), writer, maintenance, sites,
                new SimpleMeterRegistry());
        HitCollector two = new HitCollector(frozen, config, new VisitorSalts(maintenance), writer, maintenance, sites,
                new SimpleMeterRegistry());
        SiteRef ref = sites.require(site.slug());
        for (int i = 0; i < 50; i++) {
            one.record(ref, "127.0.0.1", "Mozilla/5.0 twice-" + i, "bai-viet");
            two.record(ref, "127.0.0.1", "Mozilla/5.0 twice-" + i, "bai-viet");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(one::flush);
            Future<?> second = pool.submit(two::flush);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        given().get(base + "/stats/daily").then().body("days[-1].visits", equalTo(50))
                .body("days[-1].visitors", equalTo(50)).body("days[-1].pageviews", equalTo(100));
        given().get(base + "/articles/bai-viet").then().body("viewCount", equalTo(50));
    }

    @Test
    void shouldAcceptBeaconsAsTextPlain() {
        given().contentType("text/plain").header("User-Agent", "Mozilla/5.0 beacon")
                .body("{\"path\":\"/tin/bai-viet\",\"article\":\"bai-viet\",\"referrer\":\"https://www.google.com/\"}")
                .post(base + "/hits").then().statusCode(202);
        collector.flush();
        given().get(base + "/articles/bai-viet").then().body("viewCount", equalTo(1));
    }

    @Test
    void shouldRejectBadHitsWithProblemDetails() {
        for (String body : List.of("{\"article\":\"<script>\"}", "{\"article\":\"" + "x".repeat(201) + "\"}",
                "not json", "[1,2]", "", "{\"path\":\"/\",\"extra\":{")) {
            given().contentType("application/json").header("User-Agent", "Mozilla/5.0").body(body)
                    .post(base + "/hits").then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType("application/xml").body("<hit/>").post(base + "/hits").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{\"path\":\"/\"}").post("/api/v1/sites/khong-co/hits")
                .then().statusCode(404);
        given().queryParam("from", "2026-01-10").queryParam("to", "2026-01-01").get(base + "/stats/daily")
                .then().statusCode(400);
        given().queryParam("from", "2024-01-01").queryParam("to", "2026-01-01").get(base + "/stats/daily")
                .then().statusCode(400);
        given().queryParam("period", "year").get(base + "/articles/popular").then().statusCode(400);
        assertEquals(0, given().get(base + "/stats").then().extract().jsonPath().getInt("today"));
    }
}
