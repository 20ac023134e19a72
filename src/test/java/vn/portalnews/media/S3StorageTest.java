package vn.portalnews.media;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** The same media API over an S3-compatible object store (s3rver), including the store being down. */
@QuarkusTest
@TestProfile(S3StorageTest.OnS3.class)
class S3StorageTest {

    public static class OnS3 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3rver.class));
        }
    }

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;
    @Inject
    MediaStorage storage;

    private Header editor;
    private String base;

    @BeforeEach
    void setUp() {
        TestSite site = content.site("s3");
        editor = bearer(accounts.token(accounts.user("s3", editorOf(site.slug()))));
        base = "/api/v1/editor/sites/" + site.slug() + "/media";
    }

    @Test
    void shouldStoreServeAndDeleteMediaInTheBucket() throws Exception {
        Response photo = MediaResourceTest.form(editor, "a.jpg", TestFiles.phoneJpeg(900, 600), "image/jpeg")
                .multiPart("alt", "Ảnh", "text/plain; charset=UTF-8").post(base);
        long id = MediaResourceTest.id(photo);
        photo.then().body("width", equalTo(600)).body("height", equalTo(900));
        String variant = photo.path("variants[0].url");
        byte[] small = given().get(variant).then().statusCode(200).contentType("image/webp").header("ETag", notNullValue())
                .extract().asByteArray();
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(small)).getWidth(), "the bytes stored are the image's");

        byte[] pdf = TestFiles.pdf();
        String file = MediaResourceTest.form(editor, "Báo cáo.pdf", pdf, "application/pdf").post(base).then().statusCode(201)
                .extract().path("url");
        byte[] served = given().get(file).then().statusCode(200).extract().asByteArray();
        assertEquals(new String(pdf, StandardCharsets.ISO_8859_1), new String(served, StandardCharsets.ISO_8859_1));
        byte[] part = given().header("Range", "bytes=1-3").get(file).then().statusCode(206).extract().asByteArray();
        assertEquals("PDF", new String(part, StandardCharsets.US_ASCII));

        String key = MediaNames.storageKey(variant.substring(MediaNames.URL_PREFIX.length()));
        assertEquals(true, storage.open(key).isPresent());
        given().header(editor).delete(base + "/" + id).then().statusCode(204);
        assertEquals(false, storage.open(key).isPresent(), "the variant left the bucket");
        given().get(variant).then().statusCode(404);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileTheStoreIsDown() throws Exception {
        String file = MediaResourceTest.form(editor, "a.pdf", TestFiles.pdf(), "application/pdf").post(base).then().statusCode(201)
                .extract().path("url");
        S3rver.stopServer();
        try {
            given().get(file).then().statusCode(503).header("Retry-After", notNullValue())
                    .contentType("application/problem+json");
            MediaResourceTest.form(editor, "b.pdf", TestFiles.pdf(), "application/pdf").post(base).then().statusCode(503)
                    .header("Retry-After", notNullValue());
        } finally {
            S3rver.startServer();
        }
        given().get(file).then().statusCode(200);
        Number count = given().header(editor).get(base).then().statusCode(200).extract().path("items.size()");
        assertEquals(1, count.intValue(), "the failed upload left no row");
    }
}
