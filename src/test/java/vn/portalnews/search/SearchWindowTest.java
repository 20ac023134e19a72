package vn.portalnews.search;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ranking sees exactly the newest matches, however many months the search has to look back to find them. */
@QuarkusTest
class SearchWindowTest {

    @Inject
    TestContent content;

    @Test
    void shouldRankExactlyTheNewestMatchesAcrossMonths() {
        TestSite site = content.site("window");
        long category = content.category(site, "tin-tuc", "Tin tức", 0);
        Instant latest = Instant.now().minus(Duration.ofHours(1));
        int articles = SearchService.WINDOW + 40;
        // one a day going back almost a year: the window fills only after looking back more than four months
        for (int day = 0; day < articles; day++) {
            content.article(site, category, "hop-dan-" + day, "Họp dân thôn số " + day, "Tóm tắt", "<p>Nội dung</p>",
                    "PUBLISHED", latest.minus(Duration.ofDays(day)));
        }
        content.article(site, category, "tieu-de-khac", "Tiêu đề khác hẳn", "Tóm tắt", "<p>x</p>", "PUBLISHED", latest);

        Set<String> seen = new HashSet<>(SearchPages.everySlug(site.slug(), "hop dan", 100));
        Set<String> newest = IntStream.range(0, SearchService.WINDOW).mapToObj(day -> "hop-dan-" + day).collect(Collectors.toSet());
        assertEquals(newest, seen);
        int total = given().queryParam("q", "hop dan").queryParam("page", 1).queryParam("limit", 10)
                .get("/api/v1/sites/" + site.slug() + "/search").then().statusCode(200).extract().path("totalItems");
        assertEquals(SearchService.WINDOW, total);
    }

    @Test
    void shouldRankExactlyTheNewestMatchesWhenTheyAreSparseAmongTheLatestArticles() {
        TestSite site = content.site("window-sparse");
        long category = content.category(site, "tin-tuc", "Tin tức", 0);
        Instant latest = Instant.now().minus(Duration.ofHours(1));
        // a match and two other articles a day: the latest articles hold 200 matches, so the search judges
        // that the window reaches back about 300 days and asks the index for a longer period straight away
        for (int day = 0; day < SearchService.WINDOW + 20; day++) {
            Instant at = latest.minus(Duration.ofDays(day));
            content.article(site, category, "nghiem-thu-" + day, "Nghiệm thu công trình " + day, "Tóm tắt", "<p>Nội dung</p>",
                    "PUBLISHED", at);
            content.article(site, category, "lich-a-" + day, "Lịch tiếp dân " + day, "Tóm tắt", "<p>x</p>", "PUBLISHED", at.minusSeconds(60));
            content.article(site, category, "lich-b-" + day, "Lịch làm việc " + day, "Tóm tắt", "<p>x</p>", "PUBLISHED", at.minusSeconds(120));
        }

        Set<String> newest = IntStream.range(0, SearchService.WINDOW).mapToObj(day -> "nghiem-thu-" + day).collect(Collectors.toSet());
        assertEquals(newest, new HashSet<>(SearchPages.everySlug(site.slug(), "nghiem thu", 100)));
    }
}
