package vn.portalnews.media;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** Articles that use the media library: covers, body images, attachments, and media that cannot go while used. */
@QuarkusTest
class ArticleMediaTest {

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private Header editor;
    private String media;
    private String articles;

    @BeforeEach
    void setUp() {
        site = content.site("article-media");
        content.category(site, "tin-tuc", "Tin tức", 0);
        editor = bearer(accounts.token(accounts.user("article-media", editorOf(site.slug()))));
        media = "/api/v1/editor/sites/" + site.slug() + "/media";
        articles = "/api/v1/editor/sites/" + site.slug() + "/articles";
    }

    private Response upload(String name, byte[] bytes, String alt) {
        var request = MediaResourceTest.form(editor, name, bytes, "application/octet-stream");
        if (alt != null) {
            request.multiPart("alt", alt, "text/plain; charset=UTF-8");
        }
        return request.post(media);
    }

    private Response create(String json) {
        return given().header(editor).contentType("application/json; charset=UTF-8").body(json).post(articles);
    }

    private String publish(long id) {
        return given().header(editor).contentType("application/json").body("{}").post(articles + "/" + id + "/publish")
                .then().statusCode(200).extract().path("slug");
    }

    @Test
    void shouldShowACoverImageWithSizesAndAttachmentsOnThePublicSide() {
        Response photo = upload("hop-dan.jpg", TestFiles.jpeg(1800, 1200), "Người dân dự họp tại nhà văn hóa thôn");
        long photoId = MediaResourceTest.id(photo);
        long pdfId = MediaResourceTest.id(upload("Kế hoạch.pdf", TestFiles.pdf(), null));
        long id = ((Number) create("""
                {"title":"Họp dân về quy hoạch","body":"<p>Nội dung</p>","category":"tin-tuc",
                 "coverImage":{"id":%d},"attachments":[{"id":%d,"title":"Kế hoạch số 03/KH-UBND"}]}""".formatted(photoId, pdfId))
                .then().statusCode(201)
                .body("coverImage.id", equalTo((int) photoId))
                .body("coverImage.alt", equalTo("Người dân dự họp tại nhà văn hóa thôn"))
                .body("attachments[0].title", equalTo("Kế hoạch số 03/KH-UBND"))
                .extract().path("id")).longValue();
        String slug = publish(id);
        String detail = "/api/v1/sites/" + site.slug() + "/articles/" + slug;
        given().get(detail).then().statusCode(200)
                .body("coverImage.width", equalTo(1800)).body("coverImage.height", equalTo(1200))
                .body("coverImage.variants.width", equalTo(List.of(320, 320, 640, 640, 1024, 1024, 1600, 1600)))
                .body("coverImage.variants[0].url", containsString("-320.webp"))
                .body("coverImageUrl", containsString("-1600.jpg"))
                .body("attachments", hasSize(1))
                .body("attachments[0].title", equalTo("Kế hoạch số 03/KH-UBND"))
                .body("attachments[0].mime", equalTo("application/pdf"))
                .body("attachments[0].url", containsString("/api/v1/media/" + pdfId + "-"));
        given().get("/api/v1/sites/" + site.slug() + "/articles").then().statusCode(200)
                .body("items[0].coverImage.alt", equalTo("Người dân dự họp tại nhà văn hóa thôn"));

        // a better alt text on the medium reaches the cached page at once
        given().header(editor).contentType("application/json; charset=UTF-8").body("{\"alt\":\"Hội nghị lấy ý kiến người dân\"}")
                .patch(media + "/" + photoId).then().statusCode(200);
        given().get(detail).then().body("coverImage.alt", equalTo("Hội nghị lấy ý kiến người dân"));
    }

    @Test
    void shouldWriteLibraryImagesInTheBodyAsPictures() {
        long photoId = MediaResourceTest.id(upload("a.png", TestFiles.png(900, 600), "Bản đồ quy hoạch"));
        Response created = create("""
                {"title":"Quy hoạch","category":"tin-tuc",
                 "body":"<p>Xem bản đồ:</p><img data-media-id=\\"%d\\" alt=\\"Bản đồ khu dân cư mới\\"><img src=\\"https://cdn.example.vn/x.jpg\\" alt=\\"Ảnh ngoài\\">"}"""
                .formatted(photoId));
        created.then().statusCode(201)
                .body("body", containsString("<picture><source type=\"image/webp\" srcset=\"/api/v1/media/" + photoId + "-"))
                .body("body", containsString("640w"))
                .body("body", containsString("alt=\"Bản đồ khu dân cư mới\""))
                .body("body", containsString("width=\"900\" height=\"600\""))
                .body("body", containsString("sizes=\"(max-width: 768px) 100vw, 768px\""))
                .body("body", containsString("src=\"https://cdn.example.vn/x.jpg\""));
        long id = ((Number) created.path("id")).longValue();
        // saving the stored body again writes the same markup: nothing doubles
        String body = created.path("body");
        String etag = given().header(editor).get(articles + "/" + id).then().extract().header("ETag");
        given().header(editor).header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"summary\":\"Tóm tắt\"}").patch(articles + "/" + id).then().statusCode(200).body("body", equalTo(body));
        // and the medium is in use
        given().header(editor).delete(media + "/" + photoId).then().statusCode(409);
    }

    @Test
    void shouldRequireAltTextForEveryImageAnArticleUses() {
        long bare = MediaResourceTest.id(upload("a.png", TestFiles.png(50, 50), null));
        create("{\"title\":\"A\",\"body\":\"<p>x</p>\",\"category\":\"tin-tuc\",\"coverImage\":{\"id\":" + bare + "}}")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("coverImage.alt"));
        create("{\"title\":\"A\",\"body\":\"<p>x</p>\",\"category\":\"tin-tuc\",\"coverImage\":{\"id\":" + bare + ",\"alt\":\"Cổng làng\"}}")
                .then().statusCode(201).body("coverImage.alt", equalTo("Cổng làng"));
        create("{\"title\":\"B\",\"category\":\"tin-tuc\",\"body\":\"<img data-media-id=\\\"" + bare + "\\\">\"}")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("body"))
                .body("invalidParams[0].reason", containsString("image 1 (medium " + bare + ") has no alt text"));
        create("{\"title\":\"C\",\"category\":\"tin-tuc\",\"body\":\"<p>a</p><img src=\\\"https://cdn.example.vn/a.jpg\\\">\"}")
                .then().statusCode(400).body("invalidParams[0].reason", containsString("image 1 (https://cdn.example.vn/a.jpg) has no alt text"));
    }

    @Test
    void shouldRefuseMediaOfAnotherSiteOrOfTheWrongKind() {
        TestSite other = content.site("article-media-other");
        Header otherEditor = bearer(accounts.token(accounts.user("other-media", editorOf(other.slug()))));
        long foreign = MediaResourceTest.id(MediaResourceTest.form(otherEditor, "a.png", TestFiles.png(20, 20), "image/png")
                .multiPart("alt", "x").post("/api/v1/editor/sites/" + other.slug() + "/media"));
        create("{\"title\":\"A\",\"body\":\"<p>x</p>\",\"category\":\"tin-tuc\",\"coverImage\":{\"id\":" + foreign + ",\"alt\":\"x\"}}")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("coverImage.id"))
                .body("invalidParams[0].reason", containsString("there is no medium " + foreign));
        long pdf = MediaResourceTest.id(upload("a.pdf", TestFiles.pdf(), null));
        create("{\"title\":\"A\",\"body\":\"<p>x</p>\",\"category\":\"tin-tuc\",\"coverImage\":{\"id\":" + pdf + ",\"alt\":\"x\"}}")
                .then().statusCode(400).body("invalidParams[0].reason", containsString("not an image"));
        create("{\"title\":\"A\",\"body\":\"<p>x</p>\",\"category\":\"tin-tuc\",\"attachments\":[{\"id\":0}]}")
                .then().statusCode(400);
    }

    @Test
    void shouldRefuseToDeleteMediaInUseNamingTheUsers() {
        long photoId = MediaResourceTest.id(upload("a.png", TestFiles.png(60, 40), "Cầu mới"));
        long id = ((Number) create("{\"title\":\"Khánh thành cầu\",\"body\":\"<p>x</p>\",\"category\":\"tin-tuc\","
                + "\"coverImage\":{\"id\":" + photoId + "}}").then().statusCode(201).extract().path("id")).longValue();
        given().header(editor).delete(media + "/" + photoId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("article " + id + " (Khánh thành cầu)"));
        String etag = given().header(editor).get(articles + "/" + id).then().extract().header("ETag");
        given().header(editor).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"coverImage\":null}").patch(articles + "/" + id).then().statusCode(200).body("coverImage", nullValue());
        given().header(editor).delete(media + "/" + photoId).then().statusCode(204);
    }

    @Test
    void shouldBringBackTheMediaOfARestoredRevision() {
        long first = MediaResourceTest.id(upload("a.png", TestFiles.png(60, 40), "Ảnh một"));
        long second = MediaResourceTest.id(upload("b.png", TestFiles.png(60, 40), "Ảnh hai"));
        long id = ((Number) create("{\"title\":\"Tin\",\"body\":\"<p>x</p>\",\"category\":\"tin-tuc\",\"coverImage\":{\"id\":" + first
                + "},\"attachments\":[{\"id\":" + second + "}]}").then().statusCode(201).extract().path("id")).longValue();
        String etag = given().header(editor).get(articles + "/" + id).then().extract().header("ETag");
        given().header(editor).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"coverImage\":{\"id\":" + second + "},\"attachments\":[]}").patch(articles + "/" + id)
                .then().statusCode(200).body("coverImage.id", equalTo((int) second)).body("attachments", hasSize(0));
        given().header(editor).post(articles + "/" + id + "/revisions/1/restore").then().statusCode(200)
                .body("coverImage.id", equalTo((int) first))
                .body("attachments[0].id", equalTo((int) second))
                .body("attachments[0].title", equalTo("b.png"));
        given().header(editor).delete(media + "/" + first).then().statusCode(409);
        given().header(editor).get(articles + "/" + id).then().body("coverImage", not(nullValue()));
    }
}
