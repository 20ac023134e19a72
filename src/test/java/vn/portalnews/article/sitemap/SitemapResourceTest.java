package vn.portalnews.article.sitemap;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.bearer;

@QuarkusTest
class SitemapResourceTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void shouldListTheFrontendsArticlePagesWithLastChangesAndTheNewsOfTwoDays() throws Exception {
        TestSite site = content.site("sitemap");
        long category = content.category(site, "tin", "Tin", 0);
        content.published(site, category, "cu", Instant.now().minus(Duration.ofDays(30)));
        content.published(site, category, "moi", Instant.now().minus(Duration.ofHours(5)));
        content.published(site, category, "hen-gio", Instant.now().plus(Duration.ofDays(1)));
        String base = "/api/v1/sites/" + site.slug();
        given().get(base + "/sitemap.xml").then().statusCode(404).body("detail", containsString("articleUrlTemplate"));

        String admin = accounts.token(accounts.user("sitemap-admin", TestAccounts.admin()));
        given().header(bearer(admin)).contentType("application/json")
                .body("{\"name\":\"Xã\",\"siteUrl\":\"https://xa.example.vn\",\"articleUrlTemplate\":\"https://xa.example.vn/tin-tuc/{slug}\"}")
                .put("/api/v1/admin/sites/" + site.slug()).then().statusCode(200);

        Document index = xml(given().get(base + "/sitemap.xml").then().statusCode(200).contentType("application/xml")
                .extract().asByteArray());
        assertEquals(SITEMAP, index.getDocumentElement().getNamespaceURI());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        NodeList sitemaps = index.getElementsByTagNameNS(SITEMAP, "loc");
        assertEquals(2, sitemaps.getLength());
        assertTrue(sitemaps.item(0).getTextContent().endsWith(base + "/sitemap-1.xml"), sitemaps.item(0).getTextContent());

        Document page = xml(given().get(base + "/sitemap-1.xml").then().statusCode(200).extract().asByteArray());
        NodeList urls = page.getElementsByTagNameNS(SITEMAP, "url");
        assertEquals(3, urls.getLength(), "the home page and the two public articles; not the scheduled one");
        assertEquals("https://xa.example.vn", loc(urls.item(0)));
        assertEquals("https://xa.example.vn/tin-tuc/cu", loc(urls.item(1)));
        OffsetDateTime.parse(((Element) urls.item(1)).getElementsByTagNameNS(SITEMAP, "lastmod").item(0).getTextContent());
        given().get(base + "/sitemap-2.xml").then().statusCode(404);
        given().get(base + "/sitemap-0.xml").then().statusCode(404);
        given().get(base + "/sitemap-50000.xml").then().statusCode(404); // its offset is past an int's range

        Document news = xml(given().get(base + "/news-sitemap.xml").then().statusCode(200).extract().asByteArray());
        NodeList recent = news.getElementsByTagNameNS(SITEMAP, "url");
        assertEquals(1, recent.getLength(), "only the last two days");
        assertEquals("https://xa.example.vn/tin-tuc/moi", loc(recent.item(0)));
        assertEquals("Tin moi", news.getElementsByTagNameNS(NEWS, "title").item(0).getTextContent());
        assertEquals("vi", news.getElementsByTagNameNS(NEWS, "language").item(0).getTextContent());
    }

    private static String loc(org.w3c.dom.Node url) {
        return ((Element) url).getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
    }
}
