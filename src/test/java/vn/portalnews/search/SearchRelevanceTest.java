package vn.portalnews.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fixed corpus and the results readers expect from it, query by query. */
@QuarkusTest
class SearchRelevanceTest {

    private static final Instant T0 = Instant.parse("2024-01-10T02:00:00Z");
    private static TestSite site;
    private static TestSite otherSite;

    @Inject
    TestContent content;

    @BeforeEach
    void createCorpusOnce() {
        if (site != null) {
            return;
        }
        site = content.site("search");
        long reform = content.category(site, "cai-cach-hanh-chinh", "Cải cách hành chính", 0);
        long news = content.category(site, "tin-tuc", "Tin tức", 1);
        // older first: when relevance ties, the newer article wins, so body-only matches are made the newest
        add(reform, "cchc-ke-hoach", "Kế hoạch cải cách hành chính năm 2024", "Ủy ban nhân dân xã ban hành kế hoạch.",
                "<p>Nội dung chi tiết của kế hoạch.</p>", 1);
        add(news, "tong-ket-quy-3", "Tổng kết công tác quý III", "Đẩy mạnh cải cách hành chính trong quý tới.",
                "<p>Hội nghị diễn ra sáng thứ hai.</p>", 2);
        add(news, "hoi-nghi-tong-ket", "Hội nghị tổng kết năm", "Các đại biểu dự hội nghị.",
                "<p>Hội nghị bàn về cải cách hành chính và chuyển đổi số.</p>", 3);
        add(reform, "dich-vu-cong", "Hướng dẫn sử dụng dịch vụ công trực tuyến", "Người dân nộp hồ sơ qua mạng.",
                "<p>Cổng dịch vụ công hoạt động cả ngày.</p>", 4);
        add(news, "ban-nong-san", "Hỗ trợ nông dân bán nông sản", "Thương lái thu mua tận vườn.", "<p>Giá ổn định.</p>", 5);
        add(news, "ban-doc-gop-y", "Bạn đọc góp ý xây dựng nông thôn mới", "Nhiều ý kiến hay.", "<p>Thư bạn đọc.</p>", 6);
        add(news, "ban-chi-dao", "Ban chỉ đạo phòng chống thiên tai họp phiên đầu năm", "Chuẩn bị mùa mưa bão.",
                "<p>Phân công nhiệm vụ.</p>", 7);
        add(news, "uy-ban-hop", "Ủy ban nhân dân xã họp thường kỳ tháng 5", "Đánh giá tình hình.", "<p>Phiên họp.</p>", 8);
        add(news, "dang-uy-ban-thuong-vu", "Ban thường vụ Đảng ủy làm việc với các thôn", "Kiểm tra cơ sở.",
                "<p>Làm việc tại thôn.</p>", 9);
        add(news, "nong-thon-doi-moi", "Nông thôn đổi mới từng ngày", "Diện mạo khởi sắc.", "<p>Đường làng sạch đẹp.</p>", 10);
        add(news, "duong-giao-thong", "Đường giao thông nông thôn được nâng cấp", "Hoàn thành trước Tết.",
                "<p>Mặt đường rộng năm mét.</p>", 11);
        add(news, "chuyen-doi-so-truong-hoc", "Chuyển đổi số trong trường học", "Học sinh học trực tuyến.",
                "<p>Nhà trường trang bị máy tính.</p>", 12);
        add(news, "tiem-chung", "Tiêm chủng vắc xin cho trẻ em", "Lịch tiêm tháng này.", "<p>Tại trạm y tế.</p>", 13);
        add(news, "le-hoi-mua-xuan", "Lễ hội mùa xuân năm nay", "Nhiều hoạt động văn hóa.", "<p>Người dân vui xuân.</p>", 14);
        add(news, "ong-le-van-hoi", "Ông Lê Văn Hội được khen thưởng", "Gương người tốt việc tốt.", "<p>Trao bằng khen.</p>", 15);
        add(news, "noi-dung-khong-an-toan", "Thông tin cảnh báo lừa đảo", "Cảnh giác với cuộc gọi lạ.",
                "<p>Kẻ gian giả danh <b>cán bộ</b> &lt;script&gt;alert(1)&lt;/script&gt; để lừa đảo.</p>", 16);
        content.article(site, reform, "ban-nhap-bi-mat", "Bản nháp bí mật về cải cách hành chính", "Nháp.", "<p>Nháp.</p>",
                "DRAFT", null);
        content.article(site, reform, "sap-dang", "Sắp đăng: cải cách hành chính giai đoạn mới", "Hẹn giờ.", "<p>Sau.</p>",
                "PUBLISHED", Instant.now().plus(30, ChronoUnit.DAYS));
        otherSite = content.site("search-other");
        long otherCategory = content.category(otherSite, "tin", "Tin", 0);
        content.article(otherSite, otherCategory, "cchc-xa-khac", "Cải cách hành chính xã khác", "Khác.", "<p>Khác.</p>",
                "PUBLISHED", T0);
    }

    private void add(long category, String slug, String title, String summary, String body, int day) {
        content.article(site, category, slug, title, summary, body, "PUBLISHED", T0.plus(day, ChronoUnit.DAYS));
    }

    private ValidatableResponse search(String q) {
        return given().queryParam("q", q).get("/api/v1/sites/" + site.slug() + "/search").then().statusCode(200);
    }

    private List<String> slugs(String q) {
        return search(q).extract().jsonPath().getList("items.slug");
    }

    private void assertBefore(List<String> slugs, String first, String second) {
        assertTrue(slugs.contains(first) && slugs.contains(second), slugs + " should hold " + first + " and " + second);
        assertTrue(slugs.indexOf(first) < slugs.indexOf(second), first + " should come before " + second + " in " + slugs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cai cach hanh chinh", "cải cách hành chính", "CẢI CÁCH HÀNH CHÍNH", "Cai Cach Hanh Chinh",
            "về cải cách hành chính", "cải-cách, hành/chính!!!", "cải & cách | !hành chính"})
    void shouldRankTitleOverSummaryOverBodyWhateverTheSpelling(String q) {
        List<String> slugs = slugs(q);
        assertEquals(List.of("cchc-ke-hoach", "tong-ket-quy-3", "hoi-nghi-tong-ket"), slugs);
    }

    @Test
    void shouldTreatDecomposedInputLikePrecomposed() {
        String decomposed = Normalizer.normalize("cải cách hành chính", Normalizer.Form.NFD);
        assertEquals(slugs("cải cách hành chính"), slugs(decomposed));
    }

    @Test
    void shouldFindPublicServicesWithoutDiacritics() {
        search("dich vu cong").body("items[0].slug", equalTo("dich-vu-cong"));
        search("dịch vụ công trực tuyến").body("items.slug", contains("dich-vu-cong"));
    }

    @Test
    void shouldRankExactDiacriticsFirst() {
        assertEquals("ban-nong-san", slugs("bán").get(0));
        assertEquals("ban-doc-gop-y", slugs("bạn").get(0));
        search("ban").body("items.slug", hasItems("ban-nong-san", "ban-doc-gop-y", "ban-chi-dao"));
        assertEquals("le-hoi-mua-xuan", slugs("lễ hội").get(0));
        search("le hoi").body("items.slug", hasItems("le-hoi-mua-xuan", "ong-le-van-hoi"));
    }

    @Test
    void shouldPreferWordsTogetherAndInOrder() {
        assertBefore(slugs("ủy ban"), "uy-ban-hop", "dang-uy-ban-thuong-vu");
        assertBefore(slugs("uy ban"), "uy-ban-hop", "dang-uy-ban-thuong-vu");
        assertBefore(slugs("nong thon moi"), "ban-doc-gop-y", "nong-thon-doi-moi");
    }

    @Test
    void shouldTreatQuotedTextAsAPhrase() {
        search("\"nông thôn mới\"").body("items.slug", contains("ban-doc-gop-y"));
        search("\"thôn đổi\"").body("items.slug", contains("nong-thon-doi-moi"));
    }

    @Test
    void shouldFoldDStrokeToD() {
        search("duong giao thong").body("items[0].slug", equalTo("duong-giao-thong"));
        search("ĐƯỜNG GIAO THÔNG").body("items[0].slug", equalTo("duong-giao-thong"));
        search("dang uy").body("items.slug", hasItem("dang-uy-ban-thuong-vu"));
    }

    @Test
    void shouldFindMisspelledWordsBySimilarTitles() {
        search("tiem chug vac xin").body("approximate", equalTo(true)).body("items[0].slug", equalTo("tiem-chung"));
        search("chuyen doi so").body("approximate", equalTo(false)).body("items[0].slug", equalTo("chuyen-doi-so-truong-hoc"));
        search("zzqxw vvkkj").body("items", empty()).body("approximate", equalTo(true));
    }

    @Test
    void shouldNeverShowDraftsScheduledOrOtherSites() {
        for (String q : List.of("cải cách hành chính", "bản nháp bí mật", "sắp đăng", "xã khác")) {
            search(q).body("items.slug", everyItem(not(startsWith("ban-nhap"))))
                    .body("items.slug", not(hasItem("sap-dang")))
                    .body("items.slug", not(hasItem("cchc-xa-khac")));
        }
    }

    @Test
    void shouldFilterByCategoryAndDates() {
        search("cai cach hanh chinh").body("items", org.hamcrest.Matchers.hasSize(3));
        given().queryParam("q", "cai cach hanh chinh").queryParam("category", "cai-cach-hanh-chinh")
                .get("/api/v1/sites/" + site.slug() + "/search").then().statusCode(200)
                .body("items.slug", contains("cchc-ke-hoach"));
        given().queryParam("q", "cai cach hanh chinh").queryParam("from", "2024-01-12").queryParam("to", "2024-01-13")
                .get("/api/v1/sites/" + site.slug() + "/search").then().statusCode(200)
                .body("items.slug", contains("tong-ket-quy-3", "hoi-nghi-tong-ket"));
    }

    @Test
    void shouldHighlightWithMarkTagsOnly() {
        search("cai cach").body("items[0].highlight.title", equalTo("Kế hoạch <mark>cải</mark> <mark>cách</mark> hành chính năm 2024"));
        String snippet = search("lừa đảo").extract().path("items[0].highlight.snippet");
        assertTrue(snippet.contains("<mark>lừa</mark> <mark>đảo</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertEquals(snippet.replaceAll("</?mark>", "").indexOf('<'), -1, "no tag but mark: " + snippet);
    }

    @Test
    void shouldTreatHostileQueriesAsText() {
        search("'; drop table articles; --").body("items.slug", not(hasItem("cchc-ke-hoach")));
        search("x' OR '1'='1").statusCode(200);
        search("cải:* | ch<->inh").statusCode(200);
        search("dich vu cong").body("items[0].slug", equalTo("dich-vu-cong"));
    }

    @Test
    void shouldRejectEmptyTooLongAndWordlessQueries() {
        for (String q : new String[]{"", "   ", "a".repeat(201), "& | ! : * ( ) ' \"", "<->"}) {
            given().queryParam("q", q).get("/api/v1/sites/" + site.slug() + "/search").then().statusCode(400)
                    .contentType("application/problem+json").body("invalidParams[0].name", equalTo("q"));
        }
        given().get("/api/v1/sites/" + site.slug() + "/search").then().statusCode(400);
        given().get("/api/v1/sites/" + site.slug() + "/search/suggest").then().statusCode(400);
    }

    @Test
    void shouldSuggestTitlesForAPrefixOfTheLastWord() {
        String suggest = "/api/v1/sites/" + site.slug() + "/search/suggest";
        given().queryParam("q", "cai cach hanh ch").get(suggest).then().statusCode(200)
                .body("items.title", contains("Kế hoạch cải cách hành chính năm 2024"))
                .body("approximate", equalTo(false));
        given().queryParam("q", "chuyen doi s").get(suggest).then()
                .body("items.slug", contains("chuyen-doi-so-truong-hoc"));
        given().queryParam("q", "Đườ").get(suggest).then().body("items.slug", hasItem("duong-giao-thong"));
        given().queryParam("q", "tiem chugn vac").get(suggest).then()
                .body("approximate", equalTo(true)).body("items.slug", hasItem("tiem-chung"));
    }

    @Test
    void shouldCorrectMisspelledWordsFromTheTitlesOfTheSite() {
        String suggest = "/api/v1/sites/" + site.slug() + "/search/suggest";
        // "chugn" is in no title; "chung" is, and the unfinished last word "va" begins "vac"
        given().queryParam("q", "tiem chugn va").get(suggest).then().statusCode(200)
                .body("approximate", equalTo(true)).body("items.slug", contains("tiem-chung"));
        given().queryParam("q", "duong giao thogn").get(suggest).then()
                .body("approximate", equalTo(true)).body("items.slug", contains("duong-giao-thong"));
        // a renamed title brings its words along at once
        content.execute("update articles set title = 'Nghiệm thu cầu treo qua suối' where site_id = ? and slug = 'duong-giao-thong'", site.id());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().queryParam("q", "nghiem thu cau trep").get(suggest).then()
                .body("approximate", equalTo(true)).body("items.slug", contains("duong-giao-thong")));
        content.execute("update articles set title = 'Đường giao thông nông thôn được nâng cấp' where site_id = ? and slug = 'duong-giao-thong'", site.id());
    }

    @Test
    void shouldSuggestAWordNoTitleHadAsSoonAsATitleHasIt() {
        TestSite fresh = content.site("suggest-new-word");
        long category = content.category(fresh, "tin", "Tin", 0);
        content.article(fresh, category, "cu", "Họp dân bàn việc làm đường", "PUBLISHED", T0);
        String suggest = "/api/v1/sites/" + fresh.slug() + "/search/suggest";
        // asked while no title has it: the answer is a guess, and it must not be remembered as unknown
        given().queryParam("q", "kenh muong").get(suggest).then().statusCode(200).body("approximate", equalTo(true));
        content.article(fresh, category, "moi", "Nạo vét kênh mương nội đồng", "PUBLISHED", T0.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().queryParam("q", "kenh muong").get(suggest).then()
                .body("approximate", equalTo(false)).body("items.slug", contains("moi")));
        given().queryParam("q", "kenh mu").get(suggest).then()
                .body("approximate", equalTo(false)).body("items.slug", contains("moi"));
    }

    @Test
    void shouldSuggestFromTitleWordsOnlyWithTheLastWordAsAnyPrefix() {
        TestSite fresh = content.site("suggest-titles");
        long category = content.category(fresh, "tin", "Tin", 0);
        content.article(fresh, category, "phuong-hop", "Ủy ban phường họp dân", "Bàn về kênh mương.", "<p>Kênh mương nội đồng.</p>",
                "PUBLISHED", T0);
        content.article(fresh, category, "kenh-muong", "Nạo vét kênh mương", "Tóm tắt", "<p>Phường phối hợp.</p>",
                "PUBLISHED", T0.plusSeconds(60));
        String suggest = "/api/v1/sites/" + fresh.slug() + "/search/suggest";
        // the words of the first article's body and summary do not make it a title suggestion
        given().queryParam("q", "kenh m").get(suggest).then().statusCode(200)
                .body("approximate", equalTo(false)).body("items.slug", contains("kenh-muong"));
        // any prefix, typed with accents or without, folds like the title does
        for (String q : new String[]{"ủy ban phư", "uy ban phuo", "UY BAN PHƯỜNG", "ủy b"}) {
            given().queryParam("q", q).get(suggest).then().body("approximate", equalTo(false))
                    .body("items.slug", contains("phuong-hop"));
        }
        // words before the last are whole words: "ba" begins "ban" but is not one, so at best it is corrected
        given().queryParam("q", "uy ba phuong").get(suggest).then().body("approximate", equalTo(true));
    }

    @Test
    void shouldSuggestOlderTitlesBeyondTheLatestArticles() {
        TestSite busy = content.site("suggest-older");
        long category = content.category(busy, "tin", "Tin", 0);
        // half a year apart: neither the latest articles nor the last month or four hold both
        Instant latest = Instant.now().minus(1, ChronoUnit.HOURS);
        content.article(busy, category, "cu-nhat", "Khánh thành nhà văn hóa thôn Đông", "PUBLISHED", latest.minus(200, ChronoUnit.DAYS));
        content.article(busy, category, "moi-nhat", "Khánh thành cầu dân sinh", "PUBLISHED", latest);
        // more articles in between than suggest checks newest first, none of them a match
        content.execute("""
                insert into articles (site_id, category_id, slug, title, summary, body, author_name, status, published_at,
                                      created_at, updated_at)
                select ?, ?, 'lich-' || n, 'Lịch tiếp công dân tuần ' || n, 'Tóm tắt', '<p>Khánh thành</p>', 'Phóng viên',
                       'PUBLISHED', cast(? as timestamptz) + n * interval '10 minutes', now(), now()
                from generate_series(1, ?) as n""",
                busy.id(), category, java.sql.Timestamp.from(latest.minus(10, ChronoUnit.DAYS)), SearchService.SUGGEST_RECENT_ROWS + 10);
        given().queryParam("q", "khanh thanh nh").get("/api/v1/sites/" + busy.slug() + "/search/suggest").then().statusCode(200)
                .body("approximate", equalTo(false)).body("items.slug", contains("cu-nhat"));
        given().queryParam("q", "khánh th").get("/api/v1/sites/" + busy.slug() + "/search/suggest").then()
                .body("items.slug", contains("moi-nhat", "cu-nhat"));
    }

    @Test
    void shouldAnswerAlikeOnceStatementsArePlannedForAnyValues() {
        // PostgreSQL plans a prepared statement for its values five times on a connection, then may keep one plan
        // for any values: the answers must not change when it does
        String suggest = "/api/v1/sites/" + site.slug() + "/search/suggest";
        List<String> searched = slugs("cải cách hành chính");
        List<String> paged = SearchPages.everySlug(site.slug(), "ban", 2);
        List<String> suggested = given().queryParam("q", "cai cach hanh ch").get(suggest).jsonPath().getList("items.slug");
        for (int i = 0; i < 12; i++) {
            assertEquals(searched, slugs("cải cách hành chính"));
            assertEquals(paged, SearchPages.everySlug(site.slug(), "ban", 2));
            assertEquals(suggested, given().queryParam("q", "cai cach hanh ch").get(suggest).jsonPath().getList("items.slug"));
        }
        assertEquals(List.of("cchc-ke-hoach", "tong-ket-quy-3", "hoi-nghi-tong-ket"), searched);
    }

    @Test
    void shouldPageResultsByCursorWithoutRepeats() {
        List<String> all = given().queryParam("q", "ban").queryParam("limit", 100)
                .get("/api/v1/sites/" + site.slug() + "/search").jsonPath().getList("items.slug");
        List<String> paged = SearchPages.everySlug(site.slug(), "ban", 2);
        assertEquals(all, paged);
        given().queryParam("q", "ban").queryParam("page", 1).queryParam("limit", 2)
                .get("/api/v1/sites/" + site.slug() + "/search").then()
                .body("totalItems", equalTo(all.size()));
    }

    @Test
    void shouldFollowEditsAtOnce() {
        TestSite edited = content.site("search-edit");
        long category = content.category(edited, "tin", "Tin", 0);
        long id = content.article(edited, category, "bai", "Tin cũ", "Tóm tắt.", "<p>Nội dung.</p>", "PUBLISHED", T0);
        String path = "/api/v1/sites/" + edited.slug() + "/search";
        given().queryParam("q", "khuyến học").get(path).then().body("items", empty());
        content.execute("update articles set title = 'Quỹ khuyến học được trao' where id = ?", id);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().queryParam("q", "khuyen hoc").get(path).then().body("items.slug", contains("bai"))
                        .body("items[0].highlight.title", containsString("<mark>khuyến</mark>")));
    }
}
