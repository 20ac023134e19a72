package vn.portalnews.article;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ArchiveResourceTest {

    @Inject
    TestContent content;

    private TestSite site;
    private long category;

    @BeforeEach
    void createSite() {
        site = content.site("archive");
        category = content.category(site, "tin-tuc", "Tin tức", 0);
    }

    private String archive() {
        return "/api/v1/sites/" + site.slug() + "/archive";
    }

    @Test
    void shouldCountDaysInTheSiteZoneAtTheMidnightBoundary() {
        content.published(site, category, "a", Instant.parse("2021-10-19T17:30:00Z")); // 20/10 00:30 local
        content.published(site, category, "b", Instant.parse("2021-10-19T16:59:59Z")); // 19/10 23:59 local
        content.published(site, category, "c", Instant.parse("2021-10-31T17:00:00Z")); // 01/11 00:00 local
        content.article(site, category, "draft", "Nháp", "DRAFT", null);

        given().queryParam("year", 2021).queryParam("month", 10).get(archive()).then().statusCode(200)
                .body("year", equalTo(2021)).body("month", equalTo(10))
                .body("days.date", contains("2021-10-19", "2021-10-20"))
                .body("days.count", contains(1, 1))
                .body("$", not(hasKey("months")));
        given().queryParam("year", 2021).get(archive()).then().statusCode(200)
                .body("months.month", contains(10, 11)).body("months.count", contains(2, 1));
        given().get(archive()).then().statusCode(200)
                .body("years.year", contains(2021)).body("years.count", contains(3));
    }

    @Test
    void shouldMatchTheByDateListsDayByDay() {
        Random random = new Random(7);
        Instant start = Instant.parse("2023-04-01T00:00:00Z");
        for (int i = 0; i < 120; i++) {
            content.published(site, category, "bai-" + i, start.plus(random.nextInt(60 * 24 * 60), ChronoUnit.MINUTES));
        }
        content.published(site, category, "tuong-lai", Instant.now().plus(2, ChronoUnit.DAYS));

        long total = 0;
        for (int month = 3; month <= 6; month++) {
            JsonPath days = given().queryParam("year", 2023).queryParam("month", month).get(archive())
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> day : days.<Map<String, Object>>getList("days")) {
                int listed = given().queryParam("date", day.get("date")).queryParam("page", 1).queryParam("limit", 100)
                        .get("/api/v1/sites/" + site.slug() + "/articles").then().statusCode(200)
                        .extract().path("totalItems");
                assertEquals(((Number) day.get("count")).intValue(), listed, "day " + day.get("date"));
                total += listed;
            }
        }
        assertEquals(120, total);
        List<Integer> months = given().queryParam("year", 2023).get(archive()).jsonPath().getList("months.count");
        assertEquals(120, months.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void shouldRejectBadYearsAndMonths() {
        given().queryParam("year", "20x1").get(archive()).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("year"));
        given().queryParam("year", 2021).queryParam("month", 13).get(archive()).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("month"));
        given().queryParam("month", 3).get(archive()).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("year"));
        given().queryParam("year", 99999).get(archive()).then().statusCode(400);
    }
}
