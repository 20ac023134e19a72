package vn.portalnews.article.editor;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.MovableClock;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.portalnews.TestAccounts.authorOf;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

@QuarkusTest
class EditorArticleResourceTest {

    /** A charset, or REST Assured encodes an unknown media type as ISO-8859-1. */
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private Header editor;
    private Header author;
    private String editorBase;
    private String publicBase;

    @BeforeEach
    void setUp() {
        site = content.site("editor");
        content.category(site, "tin-tuc", "Tin tức", 0);
        content.category(site, "thong-bao", "Thông báo", 1);
        editor = bearer(accounts.token(accounts.user("editor", editorOf(site.slug()))));
        author = bearer(accounts.token(accounts.user("author", authorOf(site.slug()))));
        editorBase = "/api/v1/editor/sites/" + site.slug() + "/articles";
        publicBase = "/api/v1/sites/" + site.slug();
    }

    private static String article(String title, String body) {
        return "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"category\":\"tin-tuc\"}";
    }

    private Response create(Header who, String json) {
        return given().header(who).contentType("application/json").body(json).post(editorBase);
    }

    private long createdId(Header who, String json) {
        return ((Number) create(who, json).then().statusCode(201).extract().path("id")).longValue();
    }

    private String etag(Header who, long id) {
        return given().header(who).get(editorBase + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private Response publish(long id, String body) {
        return given().header(editor).contentType("application/json").body(body).post(editorBase + "/" + id + "/publish");
    }

    @Test
    void shouldCreateADraftWithASlugFromTheVietnameseTitle() {
        Response created = create(author, article("Công tác CCHC của xã Phong Hải", "<p>Đường làng được đổ bê tông.</p>"));
        created.then().statusCode(201)
                .header("Location", endsWith(editorBase + "/" + created.path("id")))
                .header("ETag", "\"v0\"")
                .body("slug", equalTo("cong-tac-cchc-cua-xa-phong-hai"))
                .body("status", equalTo("DRAFT"))
                .body("summary", equalTo("Đường làng được đổ bê tông."))
                .body("author", equalTo("Người dùng author"))
                .body("category.slug", equalTo("tin-tuc"))
                .body("body", equalTo("<p>Đường làng được đổ bê tông.</p>"));
        create(author, article("Công tác CCHC của xã Phong Hải", "<p>Lần hai</p>")).then().statusCode(201)
                .body("slug", equalTo("cong-tac-cchc-cua-xa-phong-hai-2"));
        create(author, article("Đường điện mới", "<p>x</p>")).then().body("slug", equalTo("duong-dien-moi"));
        // drafts are not public
        given().get(publicBase + "/articles/cong-tac-cchc-cua-xa-phong-hai").then().statusCode(404);
    }

    @Test
    void shouldValidateExplicitSlugsAndFields() {
        create(editor, article("Tin một", "<p>x</p>").replace("}", ",\"slug\":\"Not A Slug\"}")).then().statusCode(400)
                .body("invalidParams.name", contains("slug"));
        create(editor, article("Tin một", "<p>x</p>").replace("}", ",\"slug\":\"popular\"}")).then().statusCode(400);
        create(editor, article("Tin một", "<p>x</p>").replace("}", ",\"slug\":\"tin-mot\"}")).then().statusCode(201);
        create(editor, article("Tin hai", "<p>x</p>").replace("}", ",\"slug\":\"tin-mot\"}")).then().statusCode(409);
        create(editor, "{\"title\":\"\",\"body\":\"<p>x</p>\",\"category\":\"khong-co\",\"coverImageUrl\":\"javascript:alert(1)\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("title"))
                .body("invalidParams.name", hasItem("coverImageUrl"));
        create(editor, article("Tin ba", "<p>x</p>").replace("tin-tuc", "khong-co")).then().statusCode(400)
                .body("invalidParams.name", contains("category"));
        create(editor, "{\"title\": 5").then().statusCode(400).contentType("application/problem+json");
        long id = createdId(editor, article("Tin bốn", "<p>x</p>"));
        publish(id, "{\"at\":\"+300000-01-01T00:00:00Z\"}").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("at"));
        publish(id, "{\"at\":\"mai\"}").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRequireTheCurrentETagForEveryUpdate() {
        long id = createdId(editor, article("Bản đầu", "<p>một</p>"));
        String update = article("Bản hai", "<p>hai</p>");
        given().header(editor).contentType("application/json").body(update).put(editorBase + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header(editor).contentType("application/json").header("If-Match", "\"v9\"").body(update).put(editorBase + "/" + id)
                .then().statusCode(412);
        given().header(editor).contentType("application/json").header("If-Match", "*").body(update).put(editorBase + "/" + id)
                .then().statusCode(412);
        given().header(editor).contentType("application/json").header("If-Match", "\"v0\"").body(update).put(editorBase + "/" + id)
                .then().statusCode(200).header("ETag", "\"v1\"").body("title", equalTo("Bản hai"));
        given().header(editor).contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"title\":\"Ba\"}")
                .patch(editorBase + "/" + id).then().statusCode(412);
        given().header(editor).contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"title\":\"Bản ba\"}")
                .patch(editorBase + "/" + id).then().statusCode(200).header("ETag", "\"v2\"")
                .body("title", equalTo("Bản ba")).body("body", equalTo("<p>hai</p>"));
        given().header(editor).delete(editorBase + "/" + id).then().statusCode(428);
        given().header(editor).header("If-Match", "\"v2\"").delete(editorBase + "/" + id).then().statusCode(204);
        given().header(editor).get(editorBase + "/" + id).then().body("status", equalTo("ARCHIVED"));
    }

    @Test
    void shouldLetExactlyOneOfConcurrentUpdatesWithTheSameETagWin() throws Exception {
        long id = createdId(editor, article("Tranh chấp", "<p>gốc</p>"));
        String tag = etag(editor, id);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = article("Người viết " + i, "<p>bản " + i + "</p>");
                Callable<Integer> put = () -> {
                    start.await();
                    return given().header(editor).contentType("application/json").header("If-Match", tag).body(body)
                            .put(editorBase + "/" + id).statusCode();
                };
                results.add(pool.submit(put));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
            assertEquals(writers - 1, statuses.stream().filter(status -> status == 412).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        given().header(editor).get(editorBase + "/" + id).then().header("ETag", "\"v1\"");
        given().header(editor).get(editorBase + "/" + id + "/revisions").then().body("items.size()", equalTo(2));
    }

    @Test
    void shouldShowPublishingEditingAndUnpublishingOnThePublicSideAtOnce() {
        long id = createdId(editor, article("Lễ ra quân", "<p>Sáng nay</p>"));
        // warm the public caches with the state before
        String listTag = given().get(publicBase + "/articles").then().statusCode(200).body("items", org.hamcrest.Matchers.empty())
                .extract().header("ETag");
        given().get(publicBase + "/articles/le-ra-quan").then().statusCode(404);

        publish(id, "{}").then().statusCode(200).body("status", equalTo("PUBLISHED")).body("scheduled", equalTo(false));
        given().header("If-None-Match", listTag).get(publicBase + "/articles").then().statusCode(200)
                .body("items.slug", contains("le-ra-quan"));
        given().get(publicBase + "/articles/le-ra-quan").then().statusCode(200).body("title", equalTo("Lễ ra quân"));
        given().get(publicBase + "/archive").then().statusCode(200).body("years[0].count", equalTo(1));

        String tag = etag(editor, id);
        given().header(editor).contentType(MERGE_PATCH).header("If-Match", tag).body("{\"title\":\"Lễ ra quân 2026\"}")
                .patch(editorBase + "/" + id).then().statusCode(200);
        given().get(publicBase + "/articles/le-ra-quan").then().statusCode(200).body("title", equalTo("Lễ ra quân 2026"));
        given().get(publicBase + "/articles").then().body("items.title", contains("Lễ ra quân 2026"));

        given().header(editor).post(editorBase + "/" + id + "/unpublish").then().statusCode(200).body("status", equalTo("DRAFT"));
        given().get(publicBase + "/articles/le-ra-quan").then().statusCode(404);
        given().get(publicBase + "/articles").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldPublishAScheduledArticleExactlyAtItsInstant() {
        MovableClock clock = new MovableClock(Instant.parse("2026-06-01T01:00:00Z"));
        QuarkusMock.installMockForType(clock, Clock.class);
        long id = createdId(editor, article("Thông báo lịch cắt điện", "<p>Lịch</p>"));
        publish(id, "{\"at\":\"2026-06-01T02:00:00Z\"}").then().statusCode(200)
                .body("scheduled", equalTo(true)).body("publishedAt", equalTo("2026-06-01T09:00:00+07:00"));
        given().get(publicBase + "/articles").then().body("items", org.hamcrest.Matchers.empty());
        given().header(editor).queryParam("status", "SCHEDULED").get(editorBase).then().body("items.id", contains((int) id));

        clock.set("2026-06-01T01:59:59.999Z");
        given().get(publicBase + "/articles/thong-bao-lich-cat-dien").then().statusCode(404);
        given().get(publicBase + "/articles").then().body("items", org.hamcrest.Matchers.empty());
        clock.set("2026-06-01T02:00:00Z");
        given().get(publicBase + "/articles/thong-bao-lich-cat-dien").then().statusCode(200);
        given().get(publicBase + "/articles").then().body("items.slug", contains("thong-bao-lich-cat-dien"));
    }

    @Test
    void shouldRedirectAFormerSlugToTheCurrentOne() {
        long id = createdId(editor, article("Tin cũ", "<p>x</p>"));
        publish(id, "{}").then().statusCode(200);
        given().get(publicBase + "/articles/tin-cu").then().statusCode(200);
        given().header(editor).contentType(MERGE_PATCH).header("If-Match", etag(editor, id))
                .body("{\"slug\":\"tin-moi\"}").patch(editorBase + "/" + id).then().statusCode(200).body("slug", equalTo("tin-moi"));
        given().redirects().follow(false).get(publicBase + "/articles/tin-cu").then().statusCode(301)
                .header("Location", endsWith(publicBase + "/articles/tin-moi"));
        given().redirects().follow(false).queryParam("limit", 3).get(publicBase + "/articles/tin-cu/related").then().statusCode(301)
                .header("Location", endsWith(publicBase + "/articles/tin-moi/related?limit=3"));
        given().get(publicBase + "/articles/tin-cu").then().statusCode(200).body("slug", equalTo("tin-moi"));
        // a new article may take the old slug; then it is that article's, not a redirect
        long second = createdId(editor, article("Tin cũ", "<p>y</p>"));
        publish(second, "{}").then().statusCode(200);
        given().redirects().follow(false).get(publicBase + "/articles/tin-cu").then().statusCode(200).body("id", equalTo((int) second));
    }

    @Test
    void shouldKeepRevisionsAndRestoreOne() {
        long id = createdId(editor, article("Bản một", "<p>một</p>"));
        given().header(editor).contentType("application/json").header("If-Match", "\"v0\"").body(article("Bản hai", "<p>hai</p>"))
                .put(editorBase + "/" + id).then().statusCode(200);
        given().header(editor).get(editorBase + "/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(2, 1))
                .body("items.title", contains("Bản hai", "Bản một"))
                .body("items[0].editor", notNullValue());
        given().header(editor).post(editorBase + "/" + id + "/revisions/1/restore").then().statusCode(200)
                .body("title", equalTo("Bản một")).body("body", equalTo("<p>một</p>"));
        given().header(editor).get(editorBase + "/" + id + "/revisions").then().body("items.revision", contains(3, 2, 1));
        given().header(editor).queryParam("limit", 1).get(editorBase + "/" + id + "/revisions").then()
                .body("items.revision", contains(3)).body("nextCursor", notNullValue());
        given().header(editor).post(editorBase + "/" + id + "/revisions/9/restore").then().statusCode(404);
        given().header(editor).post(editorBase + "/" + id + "/revisions/abc/restore").then().statusCode(404);
        given().header(editor).get(editorBase + "/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldLetAuthorsWorkOnTheirOwnDraftsOnly() {
        long own = createdId(author, article("Bài của tôi", "<p>x</p>"));
        long others = createdId(editor, article("Bài của biên tập", "<p>y</p>"));
        given().header(author).get(editorBase).then().statusCode(200).body("items.id", contains((int) own));
        given().header(author).get(editorBase + "/" + others).then().statusCode(403);
        given().header(author).contentType("application/json").header("If-Match", "\"v0\"").body(article("Sửa", "<p>z</p>"))
                .put(editorBase + "/" + others).then().statusCode(403);
        publish(own, "{}").then().statusCode(200);
        given().header(author).contentType("application/json").body("{}").post(editorBase + "/" + own + "/publish").then().statusCode(403);
        given().header(author).contentType("application/json").header("If-Match", etag(author, own)).body(article("Sửa", "<p>z</p>"))
                .put(editorBase + "/" + own).then().statusCode(403).body("detail", containsString("PUBLISHED"));
        given().header(editor).get(editorBase).then().body("items.id", hasItem((int) own)).body("items.id", hasItem((int) others));
    }

    @Test
    void shouldFilterAndPageTheEditorsList() {
        long first = createdId(editor, article("Họp dân về quy hoạch", "<p>a</p>"));
        long second = createdId(author, article("Tiêm chủng mở rộng", "<p>b</p>"));
        long third = createdId(editor, article("Họp giao ban tháng", "<p>c</p>"));
        publish(third, "{}").then().statusCode(200);
        given().header(editor).get(editorBase).then().body("items.id", contains((int) third, (int) second, (int) first));
        given().header(editor).queryParam("status", "DRAFT").get(editorBase).then().body("items.id", contains((int) second, (int) first));
        given().header(editor).queryParam("q", "hop").get(editorBase).then().body("items.id", contains((int) third, (int) first));
        given().header(editor).queryParam("category", "thong-bao").get(editorBase).then().body("items", org.hamcrest.Matchers.empty());
        String next = given().header(editor).queryParam("limit", 2).get(editorBase).then()
                .body("items.id", contains((int) third, (int) second)).extract().path("nextCursor");
        given().header(editor).queryParam("limit", 2).queryParam("cursor", next).get(editorBase).then()
                .body("items.id", contains((int) first)).body("nextCursor", equalTo(null));
        given().header(editor).queryParam("status", "GONE").queryParam("limit", 500).get(editorBase).then().statusCode(400)
                .body("invalidParams.name", contains("status", "limit"));
        given().header(editor).queryParam("limit", 2).queryParam("cursor", next).queryParam("status", "DRAFT").get(editorBase)
                .then().statusCode(400).body("invalidParams.name", contains("cursor"));
        given().header(editor).queryParam("author", "nobody").get(editorBase).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldNotOverwriteViewCountsWhenSaving() {
        long id = createdId(editor, article("Lượt xem", "<p>x</p>"));
        content.execute("insert into article_counters (article_id, site_id, view_count) select id, site_id, 388 from articles where id = ?", id);
        given().header(editor).contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"title\":\"Lượt xem 2\"}")
                .patch(editorBase + "/" + id).then().statusCode(200).body("viewCount", equalTo(388));
        given().header(editor).get(editorBase + "/" + id).then().body("viewCount", equalTo(388)).body("title", not(equalTo("Lượt xem")));
    }
}
