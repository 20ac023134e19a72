package vn.portalnews.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.authorOf;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

@QuarkusTest
class MediaResourceTest {

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private Header editor;
    private String base;

    @BeforeEach
    void setUp() {
        site = content.site("media");
        editor = bearer(accounts.token(accounts.user("media", editorOf(site.slug()))));
        base = "/api/v1/editor/sites/" + site.slug() + "/media";
    }

    /** File names in UTF-8, as browsers send them. */
    static final RestAssuredConfig UTF8_FORMS = RestAssured.config()
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));

    static RequestSpecification form(Header who, String fileName, byte[] bytes, String declaredType) {
        return given().config(UTF8_FORMS).header(who).multiPart("file", fileName, bytes, declaredType);
    }

    private Response upload(String fileName, byte[] bytes, String declaredType, String alt) {
        RequestSpecification request = form(editor, fileName, bytes, declaredType);
        if (alt != null) {
            request.multiPart("alt", alt, "text/plain; charset=UTF-8");
        }
        return request.post(base);
    }

    private int libraryCount() {
        return given().header(editor).get(base).then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void shouldStoreAPhoneJpegUprightWithoutExifOrGps() throws Exception {
        Response created = upload("IMG_2041.jpg", TestFiles.phoneJpeg(2000, 1000), "image/jpeg", "Hội nghị tổng kết");
        created.then().statusCode(201)
                .header("Location", containsString(base + "/"))
                .body("kind", equalTo("IMAGE"))
                .body("mime", equalTo("image/jpeg"))
                // orientation 6 applied: the 2000×1000 landscape is shown as a 1000×2000 portrait
                .body("width", equalTo(1000)).body("height", equalTo(2000))
                .body("alt", equalTo("Hội nghị tổng kết"))
                .body("originalName", equalTo("IMG_2041.jpg"))
                .body("fileName", equalTo("img-2041.jpg"));
        // widths under the image's own, then its own (1000 ≤ 1600): never enlarged to 1024 or 1600
        List<Integer> widths = created.path("variants.width");
        assertEquals(List.of(320, 320, 640, 640, 1000, 1000), widths);
        assertEquals(List.of("webp", "jpeg", "webp", "jpeg", "webp", "jpeg"), created.path("variants.format"));

        byte[] original = given().get((String) created.path("url")).then().statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("ETag", startsWith("\""))
                .extract().asByteArray();
        assertFalse(new String(original, StandardCharsets.ISO_8859_1).contains("Exif"), "no EXIF block is served");
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original));
        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class), "no GPS position is served");
        assertNull(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class), "no orientation is left to apply twice");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(original));
        assertEquals(1000, served.getWidth());
        // turned clockwise: the left (red) half is now on top
        assertTrue(red(served.getRGB(500, 300)) > 200 && blue(served.getRGB(500, 300)) < 60, "top is red");
        assertTrue(blue(served.getRGB(500, 1700)) > 200 && red(served.getRGB(500, 1700)) < 60, "bottom is blue");

        String webp = created.path("variants[0].url");
        byte[] small = given().get(webp).then().statusCode(200).contentType("image/webp").extract().asByteArray();
        for (int again = 0; again < 3; again++) { // from memory now: the same bytes every time
            assertArrayEquals(small, given().get(webp).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable").extract().asByteArray());
        }
        BufferedImage smallImage = ImageIO.read(new ByteArrayInputStream(small));
        assertEquals(320, smallImage.getWidth());
        assertEquals(640, smallImage.getHeight());
    }

    @Test
    void shouldAnswer304ForAKnownMediaEtag() {
        String url = upload("a.png", TestFiles.png(200, 100), "image/png", "Sơ đồ").then().statusCode(201).extract().path("url");
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
    }

    @Test
    void shouldAcceptEveryImageFormat() {
        upload("a.png", TestFiles.png(700, 300), "image/png", null).then().statusCode(201)
                .body("mime", equalTo("image/png")).body("width", equalTo(700));
        upload("a.webp", TestFiles.webp(300, 200), "image/webp", null).then().statusCode(201)
                .body("mime", equalTo("image/webp"));
        // a GIF's first frame, kept losslessly as PNG
        upload("a.gif", TestFiles.gif(120, 80), "image/gif", null).then().statusCode(201)
                .body("mime", equalTo("image/png")).body("fileName", equalTo("a.png"));
    }

    @Test
    void shouldJudgeTheTypeByTheBytesNotTheName() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        upload("photo.jpg", script, "image/jpeg", "x").then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("judged by its bytes"));
        upload("slides.pptx", TestFiles.pptx(), "application/vnd.openxmlformats-officedocument.presentationml.presentation", null)
                .then().statusCode(415);
        upload("page.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "text/html", null)
                .then().statusCode(415);
        assertEquals(0, libraryCount(), "nothing is stored");
    }

    @Test
    void shouldRefuseADecompressionBombBeforeDecodingIt() {
        upload("bomb.png", TestFiles.pngClaiming(30_000, 30_000), "image/png", "x").then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("900000000 pixels"));
        assertEquals(0, libraryCount());
    }

    @Test
    void shouldRefuseAnImageOverItsKindsLimit() {
        byte[] huge = new byte[20 * 1024 * 1024 + 10];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        huge[3] = (byte) 0xE0;
        upload("big.jpg", huge, "image/jpeg", "x").then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("A JPEG upload is at most 20971520 bytes"));
    }

    @Test
    void shouldRefuseAnUploadDeclaredLargerThanAnyLimitBeforeReadingIt() throws Exception {
        // HTTP clients will not send a length they do not mean: this one is written by hand, and no body follows
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST " + base + " HTTP/1.1\r\nHost: localhost\r\n" + editor.getName() + ": "
                    + editor.getValue() + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: 900000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(400), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
    }

    @Test
    void shouldRefuseBrokenImageData() {
        byte[] broken = Arrays.copyOf(TestFiles.jpeg(400, 300), 600);
        upload("broken.jpg", broken, "image/jpeg", "x").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("file"));
        upload("empty.jpg", new byte[0], "image/jpeg", "x").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("file"));
        assertEquals(0, libraryCount());
    }

    @Test
    void shouldNameWhatIsWrongWithTheForm() {
        given().header(editor).multiPart("alt", "no file").post(base).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("file"));
        given().header(editor).contentType("application/json").body("{}").post(base).then().statusCode(415)
                .contentType("application/problem+json");
        upload("a.png", TestFiles.png(10, 10), "image/png", "x".repeat(1001)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("alt"));
    }

    @Test
    void shouldKeepAnonymousAndForeignCallersOut() {
        given().multiPart("file", "a.png", TestFiles.png(10, 10), "image/png").post(base).then().statusCode(401)
                .contentType("application/problem+json");
        TestSite other = content.site("media-other");
        Header outsider = bearer(accounts.token(accounts.user("outsider", authorOf(other.slug()))));
        form(outsider, "a.png", TestFiles.png(10, 10), "image/png").post(base).then().statusCode(403);
        given().header(outsider).get(base).then().statusCode(403);
    }

    @Test
    void shouldServeDocumentsUnderTheirOriginalNameWithRanges() {
        byte[] pdf = TestFiles.pdf();
        Response created = upload("Kế hoạch số 13/KH-UBND.pdf", pdf, "application/octet-stream", null);
        created.then().statusCode(201).body("kind", equalTo("FILE")).body("mime", equalTo("application/pdf"))
                .body("originalName", equalTo("KH-UBND.pdf")).body("variants", empty()).body("bytes", equalTo(pdf.length));
        String url = created.path("url");
        given().get(url).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"KH-UBND.pdf\""))
                .header("Accept-Ranges", "bytes");
        byte[] part = given().header("Range", "bytes=0-7").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 0-7/" + pdf.length).extract().asByteArray();
        assertEquals("%PDF-1.4", new String(part, StandardCharsets.US_ASCII));
        byte[] tail = given().header("Range", "bytes=-6").get(url).then().statusCode(206).extract().asByteArray();
        assertEquals("%%EOF\n", new String(tail, StandardCharsets.US_ASCII));
        given().header("Range", "bytes=100000-").get(url).then().statusCode(416).contentType("application/problem+json");

        upload("Quyết định phân công.docx", TestFiles.docx(), "application/zip", null).then().statusCode(201)
                .body("mime", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("fileName", equalTo("quyet-dinh-phan-cong.docx"));
        String xlsx = upload("bang-tong-hop.xlsx", TestFiles.xlsx(), "application/octet-stream", null).then().statusCode(201)
                .body("mime", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract().path("url");
        given().get(xlsx).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''bang-tong-hop.xlsx"));
        upload("bao-cao.odt", TestFiles.odt(), "application/octet-stream", null).then().statusCode(201)
                .body("mime", equalTo("application/vnd.oasis.opendocument.text"));
        upload("ho-so.zip", TestFiles.zip("a.txt", "hello"), "application/zip", null).then().statusCode(201)
                .body("mime", equalTo("application/zip"));
    }

    @Test
    void shouldRefuseAnUploadOverTheSitesQuota() {
        // the site has used all but a few bytes of its 5 GiB
        content.execute("insert into media_site_usage (site_id, stored_bytes) values (?, ?)", site.id(), 5L * 1024 * 1024 * 1024 - 100);
        upload("a.pdf", TestFiles.pdf(), "application/pdf", null).then().statusCode(413)
                .body("detail", containsString("quota"));
        assertEquals(0, libraryCount());
    }

    @Test
    void shouldListNewestFirstFilterByKindAndSearchWithoutAccents() {
        long photo = id(upload("a.png", TestFiles.png(40, 20), "image/png", "Lễ khánh thành cầu Phú Mỹ"));
        long file = id(upload("Báo cáo quý.pdf", TestFiles.pdf(), "application/pdf", null));
        long newest = id(upload("b.png", TestFiles.png(40, 20), "image/png", "Họp dân"));
        given().header(editor).get(base).then().statusCode(200).body("items.id", equalTo(List.of(toInt(newest), toInt(file), toInt(photo))));
        given().header(editor).queryParam("kind", "FILE").get(base).then().body("items.id", equalTo(List.of(toInt(file))));
        given().header(editor).queryParam("q", "khanh thanh").get(base).then().body("items.id", equalTo(List.of(toInt(photo))));
        given().header(editor).queryParam("q", "bao cao").get(base).then().body("items.id", equalTo(List.of(toInt(file))));
        String cursor = given().header(editor).queryParam("limit", 2).get(base).then().body("items", hasSize(2))
                .extract().path("nextCursor");
        given().header(editor).queryParam("limit", 2).queryParam("cursor", cursor).get(base).then()
                .body("items.id", equalTo(List.of(toInt(photo)))).body("nextCursor", equalTo(null));
        given().header(editor).queryParam("kind", "VIDEO").get(base).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kind"));
    }

    @Test
    void shouldUpdateDescriptionsAndCheckIfMatch() {
        Response created = upload("a.png", TestFiles.png(40, 20), "image/png", null);
        long id = id(created);
        given().header(editor).contentType("application/merge-patch+json; charset=UTF-8").body("{\"alt\":\"Cánh đồng lúa\",\"credit\":\"Ảnh: Xã\"}")
                .patch(base + "/" + id).then().statusCode(200)
                .body("alt", equalTo("Cánh đồng lúa")).body("credit", equalTo("Ảnh: Xã")).body("caption", equalTo(""))
                .header("ETag", "\"v1\"");
        given().header(editor).header("If-Match", "\"v0\"").contentType("application/json").body("{\"caption\":\"x\"}")
                .patch(base + "/" + id).then().statusCode(412);
        given().header(editor).contentType("application/json").body("{\"url\":\"x\"}")
                .patch(base + "/" + id).then().statusCode(400).body("invalidParams[0].name", equalTo("url"));
        given().header(editor).contentType("application/json").body("{\"alt\":5}")
                .patch(base + "/" + id).then().statusCode(400).body("invalidParams[0].name", equalTo("alt"));
    }

    @Test
    void shouldDeleteAnUnusedMediumAndItsBytes() {
        Response created = upload("a.png", TestFiles.png(400, 200), "image/png", "x");
        long id = id(created);
        String url = created.path("url");
        String variant = created.path("variants[0].url");
        given().get(variant).then().statusCode(200); // now also in memory
        given().header(editor).delete(base + "/" + id).then().statusCode(204);
        given().get(url).then().statusCode(404).contentType("application/problem+json");
        given().get(variant).then().statusCode(404);
        given().header(editor).get(base + "/" + id).then().statusCode(404);
        Number used = given().header(editor).get(base).then().extract().path("items.size()");
        assertEquals(0, used.intValue());
    }

    @Test
    void shouldAnswer404ForNamesThatAreNotMedia() {
        given().urlEncodingEnabled(false).get("/api/v1/media/..%2F..%2Fetc%2Fpasswd").then().statusCode(404);
        given().get("/api/v1/media/1-0123456789abcdef.exe").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/media/999999-0123456789abcdef.jpg").then().statusCode(404);
    }

    static long id(Response created) {
        return ((Number) created.then().statusCode(201).extract().path("id")).longValue();
    }

    private static int toInt(long id) {
        return (int) id;
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }

}
