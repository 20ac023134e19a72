package vn.portalnews.article.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.bearer;

/** The feeds parse as their specifications say, carry what a reader needs, and follow the site's URL template. */
@QuarkusTest
class FeedResourceTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private String base;

    @BeforeEach
    void setUp() {
        site = content.site("feed");
        long news = content.category(site, "tin-tuc", "Tin tức", 0);
        long notices = content.category(site, "thong-bao", "Thông báo", 1);
        content.article(site, news, "hop-dan", "Họp dân <về> quy hoạch & giao thông", "Tóm tắt & chi tiết",
                "<p>Nội dung <b>đầy đủ</b></p>", "PUBLISHED", Instant.parse("2026-11-20T02:00:00Z"));
        content.article(site, notices, "lich-tiep-dan", "Lịch tiếp công dân", "Tóm tắt", "<p>Lịch</p>", "PUBLISHED",
                Instant.parse("2026-11-21T02:00:00Z"));
        content.article(site, news, "ban-nhap", "Bản nháp", "x", "<p>x</p>", "DRAFT", null);
        base = "/api/v1/sites/" + site.slug();
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void shouldServeAValidRss2Feed() throws Exception {
        byte[] body = given().get(base + "/feed.rss").then().statusCode(200)
                .contentType("application/rss+xml").header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract().asByteArray();
        Document rss = xml(body);
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        for (String required : new String[]{"title", "link", "description"}) {
            assertFalse(channel.getElementsByTagName(required).item(0).getTextContent().isBlank(), required);
        }
        NodeList items = rss.getElementsByTagName("item");
        assertEquals(2, items.getLength(), "public articles only");
        Element newest = (Element) items.item(0);
        assertEquals("Lịch tiếp công dân", text(newest, "title"));
        Element second = (Element) items.item(1);
        assertEquals("Họp dân <về> quy hoạch & giao thông", text(second, "title"), "escaped by the writer, read back whole");
        ZonedDateTime published = ZonedDateTime.parse(text(second, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(Instant.parse("2026-11-20T02:00:00Z"), published.toInstant());
        assertTrue(text(second, "link").startsWith("http"), "absolute links");
        assertEquals(0, second.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").getLength());
    }

    @Test
    void shouldServeAValidAtomFeedWithFullContentOfOneCategory() throws Exception {
        Document atom = xml(given().queryParam("category", "tin-tuc").queryParam("content", "full").get(base + "/feed.atom")
                .then().statusCode(200).contentType("application/atom+xml").extract().asByteArray());
        Element feed = atom.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        for (String required : new String[]{"id", "title", "updated"}) {
            assertNotNull(feed.getElementsByTagNameNS(ATOM, required).item(0), required);
        }
        OffsetDateTime.parse(feed.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent());
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(1, entries.getLength(), "one category");
        Element entry = (Element) entries.item(0);
        assertNotNull(entry.getElementsByTagNameNS(ATOM, "id").item(0));
        assertEquals("<p>Nội dung <b>đầy đủ</b></p>", entry.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent());
        assertEquals("html", ((Element) entry.getElementsByTagNameNS(ATOM, "content").item(0)).getAttribute("type"));
    }

    @Test
    void shouldServeAValidJsonFeedLinkingToTheFrontend() throws Exception {
        String admin = accounts.token(accounts.user("feed-admin", TestAccounts.admin()));
        given().header(bearer(admin)).contentType("application/json")
                .body("{\"name\":\"Xã thử\",\"siteUrl\":\"https://xa.example.vn\",\"articleUrlTemplate\":\"https://xa.example.vn/tin/{slug}-{id}\"}")
                .put("/api/v1/admin/sites/" + site.slug()).then().statusCode(200);
        JsonNode feed = new ObjectMapper().readTree(given().get(base + "/feed.json").then().statusCode(200)
                .contentType("application/feed+json").extract().asByteArray());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("https://xa.example.vn", feed.get("home_page_url").asText());
        assertEquals(2, feed.get("items").size());
        JsonNode item = feed.get("items").get(1);
        assertFalse(item.get("id").asText().isBlank());
        assertTrue(item.get("url").asText().matches("https://xa\\.example\\.vn/tin/hop-dan-\\d+"), item.get("url").asText());
        OffsetDateTime.parse(item.get("date_published").asText());
        assertEquals("Tin tức", item.get("tags").get(0).asText());
    }

    @Test
    void shouldAnswer304AndSayWhatIsWrong() {
        String etag = given().get(base + "/feed.rss").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(base + "/feed.rss").then().statusCode(304);
        given().queryParam("content", "everything").get(base + "/feed.rss").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("category", "khong-co").get(base + "/feed.json").then().statusCode(400);
        given().queryParam("limit", 51).get(base + "/feed.atom").then().statusCode(400);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }
}
