package vn.portalnews.document;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.authorOf;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** Official documents through HTTP on PostgreSQL: filters, facets, number lookup, citations, editors' rules. */
@QuarkusTest
class DocumentResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private Header editor;
    private String editorBase;
    private String publicBase;

    @BeforeEach
    void setUp() {
        site = content.site("van-ban");
        content.category(site, "tin-tuc", "Tin tức", 0);
        editor = bearer(accounts.token(accounts.user("doc-editor", editorOf(site.slug()))));
        editorBase = "/api/v1/editor/sites/" + site.slug() + "/documents";
        publicBase = "/api/v1/sites/" + site.slug() + "/documents";
        term("type", "ke-hoach", "Kế hoạch");
        term("type", "quyet-dinh", "Quyết định");
        term("type", "thong-bao", "Thông báo");
        term("issuer", "ubnd-xa", "Ủy ban nhân dân xã");
        term("issuer", "hdnd-xa", "Hội đồng nhân dân xã");
        term("field", "y-te", "Y tế");
        term("field", "giao-duc", "Giáo dục");
    }

    @Test
    void shouldFilterAndCountFacetsThatAgreeWithTheList() {
        published(doc("ke-hoach", "ubnd-xa", "y-te", "13/KH-UBND", "2020-01-13", null, null, "Kế hoạch tiêm chủng mở rộng năm 2020"));
        published(doc("ke-hoach", "ubnd-xa", "giao-duc", "05/KH-UBND", "2022-03-01", null, "2022-12-31", "Kế hoạch khuyến học năm 2022"));
        long old = published(doc("quyet-dinh", "ubnd-xa", "y-te", "120/QĐ-UBND", "2021-06-01", null, null, "Quyết định kiện toàn ban chỉ đạo y tế"));
        long replacing = published(doc("quyet-dinh", "ubnd-xa", "y-te", "45/QĐ-UBND", "2023-02-01", null, null, "Quyết định kiện toàn ban chỉ đạo y tế (thay thế)"));
        replace(old, doc("quyet-dinh", "ubnd-xa", "y-te", "120/QĐ-UBND", "2021-06-01", null, null,
                "Quyết định kiện toàn ban chỉ đạo y tế", Map.of("replacedBy", replacing)));
        published(doc("thong-bao", "hdnd-xa", null, "02/TB-HĐND", TODAY.minusDays(3).toString(), TODAY.plusDays(20).toString(), null, "Thông báo kỳ họp thứ hai"));
        create(doc("thong-bao", "hdnd-xa", null, "03/TB-HĐND", "2023-05-05", null, null, "Bản nháp chưa công bố"));

        assertEquals(5, total(""));
        assertEquals(2, total("type=ke-hoach"));
        assertEquals(1, total("type=ke-hoach&field=y-te"));
        assertEquals(1, total("issuer=hdnd-xa"));
        assertEquals(1, total("year=2022"));
        assertEquals(2, total("from=2021-01-01&to=2022-12-31"));
        assertEquals(1, total("status=expired"));
        assertEquals(1, total("status=replaced"));
        assertEquals(1, total("status=not_yet_effective"));
        assertEquals(2, total("status=in_effect"));
        given().get(publicBase + "/" + old).then().statusCode(200).body("legalStatus", equalTo("replaced"))
                .body("replacedBy.id", equalTo((int) replacing)).body("replacedBy.number", equalTo("45/QĐ-UBND"));
        given().get(publicBase + "/" + replacing).then().statusCode(200).body("replaces[0].id", equalTo((int) old));

        for (String filter : List.of("", "type=quyet-dinh", "field=y-te", "year=2021", "status=in_effect", "q=ban+chi+dao")) {
            JsonPath facets = given().get(publicBase + "/facets" + (filter.isEmpty() ? "" : "?" + filter)).then().statusCode(200).extract().jsonPath();
            for (String dimension : List.of("types:type", "issuers:issuer", "fields:field", "years:year")) {
                String[] names = dimension.split(":");
                for (Map<String, Object> count : facets.<Map<String, Object>>getList(names[0])) {
                    String value = String.valueOf(count.getOrDefault("slug", count.get("year")));
                    String narrowed = (filter.startsWith(names[1] + "=") ? "" : filter + "&") + names[1] + "=" + value;
                    assertEquals(((Number) count.get("count")).longValue(), total(narrowed),
                            names[1] + "=" + value + " with " + filter + ": the facet and the list disagree");
                }
            }
        }
        given().get(publicBase + "/facets?type=quyet-dinh").then().statusCode(200)
                .body("types.slug", equalTo(List.of("ke-hoach", "quyet-dinh", "thong-bao")))
                .body("issuers.slug", equalTo(List.of("ubnd-xa")));
    }

    @Test
    void shouldFindANumberWrittenAnyCommonWayFirst() {
        published(doc("ke-hoach", "ubnd-xa", null, "130/KH-UBND", "2024-01-02", null, null, "Kế hoạch số 13 về khuyến học"));
        long wanted = published(doc("ke-hoach", "ubnd-xa", null, "13/KH-UBND", "2020-01-13", null, null, "Kế hoạch cải cách hành chính"));
        published(doc("thong-bao", "ubnd-xa", null, "13/TB-UBND", "2024-02-02", null, null, "Thông báo lịch tiếp công dân"));
        for (String typed : List.of("13/KH-UBND", "13 KH UBND", "13/kh-ubnd", "13-KH-UBND", "13 kh ubnd")) {
            given().queryParam("q", typed).get(publicBase).then().statusCode(200)
                    .body("items[0].id", equalTo((int) wanted))
                    .body("items[0].number", equalTo("13/KH-UBND"));
        }
        given().queryParam("q", "13/KH").get(publicBase).then().statusCode(200)
                .body("items[0].number", equalTo("13/KH-UBND"));
        given().queryParam("q", "cai cach hanh chinh").get(publicBase).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) wanted));
    }

    @Test
    void shouldLinkCitationsBothWays() {
        long plan = published(doc("ke-hoach", "ubnd-xa", null, "03/KH-UBND", "2022-01-10", null, null, "Kế hoạch tổ chức ngày hội"));
        long sameNumberOtherYear = published(doc("ke-hoach", "ubnd-xa", null, "03/KH-UBND", "2023-01-09", null, null, "Kế hoạch năm sau"));
        String articles = "/api/v1/editor/sites/" + site.slug() + "/articles";
        long citing = article(articles, "Ngày hội đại đoàn kết",
                "<p>Thực hiện Kế hoạch số 03/KH-UBND ngày 10/01/2022 của UBND xã và Quyết định 1234/QĐ-UBND, xã tổ chức ngày hội.</p>");
        long related = article(articles, "Chuẩn bị ngày hội", "<p>Các thôn chuẩn bị chu đáo.</p>");
        given().get("/api/v1/sites/" + site.slug() + "/articles/ngay-hoi-dai-doan-ket").then().statusCode(200)
                .body("documents", hasSize(1))
                .body("documents[0].id", equalTo((int) plan))
                .body("documents[0].reference", equalTo("Kế hoạch số 03/KH-UBND ngày 10/01/2022"))
                .body("documents[0].type", equalTo("Kế hoạch"));
        replace(plan, doc("ke-hoach", "ubnd-xa", null, "03/KH-UBND", "2022-01-10", null, null, "Kế hoạch tổ chức ngày hội",
                Map.of("relatedArticles", List.of(related))));
        given().get(publicBase + "/" + plan).then().statusCode(200)
                .body("articles.id", equalTo(List.of((int) related, (int) citing)))
                .body("articles.relation", equalTo(List.of("related", "cites")));
        given().get(publicBase + "/" + sameNumberOtherYear).then().statusCode(200).body("articles", hasSize(0));

        // a document published after the article links from then on
        long decision = published(doc("quyet-dinh", "ubnd-xa", null, "1234/QĐ-UBND", "2021-12-01", null, null, "Quyết định thành lập ban tổ chức"));
        given().get("/api/v1/sites/" + site.slug() + "/articles/ngay-hoi-dai-doan-ket").then().statusCode(200)
                .body("documents.id", equalTo(List.of((int) plan, (int) decision)));
        given().header(editor).post(editorBase + "/" + decision + "/unpublish").then().statusCode(200);
        given().get("/api/v1/sites/" + site.slug() + "/articles/ngay-hoi-dai-doan-ket").then().statusCode(200)
                .body("documents.id", equalTo(List.of((int) plan)));
    }

    @Test
    void shouldSayWhatIsWrongWithADocument() {
        long first = published(doc("ke-hoach", "ubnd-xa", null, "13/KH-UBND", "2020-01-13", null, null, "Kế hoạch A"));
        invalid(doc("ke-hoach", "ubnd-xa", null, "14/KH-UBND", "2020-02-01", "2020-01-31", null, "Kế hoạch B"), "effectiveOn");
        invalid(doc("ke-hoach", "ubnd-xa", null, "14/KH-UBND", "2020-02-01", null, "2020-01-15", "Kế hoạch B"), "expiresOn");
        invalid(doc("van-ban-la", "ubnd-xa", null, "14/KH-UBND", "2020-02-01", null, null, "Kế hoạch B"), "type");
        invalid(doc("ke-hoach", "ubnd-xa", null, "14", "2020-02-01", null, null, "Kế hoạch B"), "number");
        invalid(doc("ke-hoach", "ubnd-xa", null, "14/KH-UBND", "2020-02-01", null, null, ""), "summary");
        given().header(editor).contentType("application/json")
                .body(json(doc("ke-hoach", "ubnd-xa", null, "13 kh ubnd", "2020-06-01", null, null, "Trùng số")))
                .post(editorBase).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("document " + first));
        create(doc("ke-hoach", "ubnd-xa", null, "13/KH-UBND", "2021-01-13", null, null, "Cùng số, năm khác"));
        TestSite other = content.site("van-ban-khac");
        long foreign = content.document(other, "01/KH-UBND");
        invalid(doc("ke-hoach", "ubnd-xa", null, "15/KH-UBND", "2020-02-01", null, null, "Kế hoạch C",
                Map.of("replacedBy", foreign)), "replacedBy");
        invalid(doc("ke-hoach", "ubnd-xa", null, "15/KH-UBND", "2020-02-01", null, null, "Kế hoạch C",
                Map.of("relatedArticles", List.of(999_999_999))), "relatedArticles");
        given().get(publicBase + "?type=khong-co").then().statusCode(400).body("invalidParams[0].name", equalTo("type"));
        given().get(publicBase + "?status=valid").then().statusCode(400).body("invalidParams[0].name", equalTo("status"));
        given().get(publicBase + "?from=2022-01-01&to=2021-01-01").then().statusCode(400).body("invalidParams[0].name", equalTo("to"));
        given().get(publicBase + "/abc").then().statusCode(404);
        given().get(publicBase + "/999999999").then().statusCode(404);
    }

    @Test
    void shouldKeepTheArticleRolesAndRevisions() {
        Header author = bearer(accounts.token(accounts.user("doc-author", authorOf(site.slug()))));
        long id = ((Number) given().header(author).contentType("application/json")
                .body(json(doc("ke-hoach", "ubnd-xa", null, "21/KH-UBND", "2024-01-05", null, null, "Bản nháp của phóng viên")))
                .post(editorBase).then().statusCode(201).extract().path("id")).longValue();
        given().header(author).post(editorBase + "/" + id + "/publish").then().statusCode(403);
        given().get(publicBase + "/" + id).then().statusCode(404);
        String etag = given().header(author).get(editorBase + "/" + id).then().statusCode(200).extract().header("ETag");
        given().header(author).contentType("application/json")
                .body(json(doc("ke-hoach", "ubnd-xa", null, "21/KH-UBND", "2024-01-05", null, null, "Bản nháp đã sửa")))
                .put(editorBase + "/" + id).then().statusCode(428);
        given().header(author).header("If-Match", etag).contentType("application/json")
                .body(json(doc("ke-hoach", "ubnd-xa", null, "21/KH-UBND", "2024-01-05", null, null, "Bản nháp đã sửa")))
                .put(editorBase + "/" + id).then().statusCode(200).body("summary", equalTo("Bản nháp đã sửa"));
        given().header(author).header("If-Match", etag).contentType("application/json")
                .body(json(doc("ke-hoach", "ubnd-xa", null, "21/KH-UBND", "2024-01-05", null, null, "Lần sửa cũ")))
                .put(editorBase + "/" + id).then().statusCode(412);
        given().header(editor).post(editorBase + "/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get(publicBase + "/" + id).then().statusCode(200).body("summary", equalTo("Bản nháp đã sửa"));
        given().header(author).get(editorBase + "/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", equalTo(List.of(2, 1)))
                .body("items[1].content.summary", equalTo("Bản nháp của phóng viên"));
        given().header(editor).post(editorBase + "/" + id + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().get(publicBase + "/" + id).then().statusCode(404);
        given().header(editor).get(editorBase + "?status=ARCHIVED").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void shouldPageByKeysetAndByNumber() {
        List<Integer> created = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            created.add((int) published(doc("thong-bao", "ubnd-xa", null, i + "/TB-UBND", "2024-03-0" + i, null, null, "Thông báo " + i)));
        }
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("limit", 3).queryParam("cursor", cursor).get(publicBase).then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id", Integer.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        java.util.Collections.reverse(created);
        assertEquals(created, seen);
        // words every document has: pages come from the newest-first window, in the same order
        List<Integer> found = new ArrayList<>();
        cursor = null;
        do {
            JsonPath page = given().queryParam("q", "thong bao").queryParam("limit", 3).queryParam("cursor", cursor)
                    .get(publicBase).then().statusCode(200).extract().jsonPath();
            found.addAll(page.getList("items.id", Integer.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(created, found);
        given().get(publicBase + "?page=3&limit=3").then().statusCode(200)
                .body("items.id", equalTo(List.of(created.get(6))))
                .body("totalItems", equalTo(7)).body("totalPages", equalTo(3)).body("nextCursor", nullValue());
        given().get(publicBase + "/terms").then().statusCode(200)
                .body("types.slug", equalTo(List.of("ke-hoach", "quyet-dinh", "thong-bao")));
        assertTrue(given().get(publicBase + "?q=13+KH+UBND&limit=1").then().statusCode(200).extract().jsonPath()
                .getList("items").isEmpty());
    }

    /** The list's count, checked against the documents it lists (counts may come from a rollup, V18). */
    private long total(String filter) {
        String narrowed = filter.replaceAll("^&+", "");
        JsonPath page = given().get(publicBase + "?page=1&limit=100" + (narrowed.isEmpty() ? "" : "&" + narrowed)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(page.getList("items").size(), page.getLong("totalItems"), "the count and the documents listed for " + filter);
        return page.getLong("totalItems");
    }

    private void term(String kind, String slug, String name) {
        given().header(editor).contentType("application/json").body("{\"name\":\"" + name + "\"}")
                .put("/api/v1/editor/sites/" + site.slug() + "/document-terms/" + kind + "/" + slug).then().statusCode(200);
    }

    private static Map<String, Object> doc(String type, String issuer, String field, String number, String issuedOn,
                                           String effectiveOn, String expiresOn, String summary) {
        return doc(type, issuer, field, number, issuedOn, effectiveOn, expiresOn, summary, Map.of());
    }

    private static Map<String, Object> doc(String type, String issuer, String field, String number, String issuedOn,
                                           String effectiveOn, String expiresOn, String summary, Map<String, Object> more) {
        Map<String, Object> body = new java.util.HashMap<>(more);
        body.put("type", type);
        body.put("issuer", issuer);
        body.put("field", field);
        body.put("number", number);
        body.put("issuedOn", issuedOn);
        body.put("effectiveOn", effectiveOn);
        body.put("expiresOn", expiresOn);
        body.put("summary", summary);
        body.put("signerName", "Nguyễn Văn An");
        body.put("signerTitle", "Chủ tịch");
        return body;
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long create(Map<String, Object> body) {
        return ((Number) given().header(editor).contentType("application/json").body(json(body))
                .post(editorBase).then().statusCode(201).extract().path("id")).longValue();
    }

    private long published(Map<String, Object> body) {
        long id = create(body);
        given().header(editor).post(editorBase + "/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private void replace(long id, Map<String, Object> body) {
        String etag = given().header(editor).get(editorBase + "/" + id).then().statusCode(200).extract().header("ETag");
        given().header(editor).header("If-Match", etag).contentType("application/json").body(json(body))
                .put(editorBase + "/" + id).then().statusCode(200);
    }

    private void invalid(Map<String, Object> body, String parameter) {
        given().header(editor).contentType("application/json").body(json(body)).post(editorBase)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(containsString(parameter)));
    }

    private long article(String base, String title, String body) {
        long id = ((Number) given().header(editor).contentType("application/json")
                .body(json(Map.of("title", title, "body", body, "category", "tin-tuc")))
                .post(base).then().statusCode(201).extract().path("id")).longValue();
        given().header(editor).contentType("application/json").body("{}").post(base + "/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
