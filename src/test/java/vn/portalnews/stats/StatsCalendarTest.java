package vn.portalnews.stats;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.MovableClock;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Days, weeks (Monday first) and months are those of Asia/Ho_Chi_Minh, turning at local midnight. */
@QuarkusTest
class StatsCalendarTest {

    @Inject
    TestContent content;
    @Inject
    HitCollector collector;

    private MovableClock clock;
    private String base;

    @BeforeEach
    void setUp() {
        clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
        QuarkusMock.installMockForType(clock, Clock.class);
        TestSite site = content.site("calendar");
        base = "/api/v1/sites/" + site.slug();
        // hits look sites up in memory only; a request served on a worker loads a site this instance does
        // not know yet, where the change notification might still be on its way
        given().get(base + "/stats").then().statusCode(200);
    }

    private void hit(String userAgent) {
        given().contentType("application/json").header("User-Agent", userAgent).body("{\"path\":\"/\"}")
                .post(base + "/hits").then().statusCode(202);
    }

    @Test
    void shouldTurnDaysWeeksAndMonthsAtLocalMidnight() {
        clock.set("2026-03-01T16:59:59Z"); // Sunday 1 March, 23:59:59 local
        hit("Mozilla/5.0 night-owl");
        clock.set("2026-03-01T17:00:01Z"); // Monday 2 March, 00:00:01 local: a new day, a new week
        hit("Mozilla/5.0 night-owl");
        collector.flush();
        given().get(base + "/stats").then().statusCode(200)
                .body("today", equalTo(1)).body("yesterday", equalTo(1))
                .body("thisWeek", equalTo(1)).body("thisMonth", equalTo(2)).body("thisYear", equalTo(2))
                .body("asOf", equalTo("2026-03-02T00:00:01+07:00"));

        clock.set("2026-03-31T17:00:01Z"); // Wednesday 1 April, 00:00:01 local
        hit("Mozilla/5.0 early-bird");
        collector.flush();
        given().get(base + "/stats").then()
                .body("today", equalTo(1)).body("yesterday", equalTo(0))
                .body("thisWeek", equalTo(1)).body("thisMonth", equalTo(1)).body("thisYear", equalTo(3))
                .body("total", equalTo(3));
        given().queryParam("from", "2026-03-01").queryParam("to", "2026-03-03").get(base + "/stats/daily").then()
                .body("days.date", contains("2026-03-01", "2026-03-02", "2026-03-03"))
                .body("days.visits", contains(1, 1, 0));
    }

    @Test
    void shouldEndAVisitAfterThirtyMinutesOfInactivity() {
        clock.set("2026-03-03T02:00:00Z");
        hit("Mozilla/5.0 reader");
        collector.flush();
        clock.advance(Duration.ofMinutes(29));
        hit("Mozilla/5.0 reader");
        collector.flush();
        clock.advance(Duration.ofMinutes(31));
        hit("Mozilla/5.0 reader");
        collector.flush();
        given().get(base + "/stats").then().body("today", equalTo(2)).body("online", equalTo(1));
        given().queryParam("from", "2026-03-03").queryParam("to", "2026-03-03").get(base + "/stats/daily").then()
                .body("days[0].visitors", equalTo(1)).body("days[0].pageviews", equalTo(3));
        clock.advance(Duration.ofMinutes(6));
        given().get(base + "/stats").then().body("online", equalTo(0));
    }
}
