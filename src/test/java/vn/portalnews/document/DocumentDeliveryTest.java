package vn.portalnews.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** Documents reach frontends and apps the way articles do: feeds, sitemaps and change sync. */
@QuarkusTest
class DocumentDeliveryTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private TestSite site;
    private String base;
    private long plan;
    private long notice;

    @BeforeEach
    void setUp() {
        site = content.site("van-ban-giao");
        base = "/api/v1/sites/" + site.slug() + "/documents";
        plan = content.document(site, "13/KH-UBND");
        notice = content.document(site, "14/KH-UBND");
        long file = content.medium(site);
        content.execute("insert into document_files (document_id, position, media_id, title) values (?, 0, ?, 'Toàn văn')", plan, file);
    }

    @Test
    void shouldServeFeedsOfTheNewestDocuments() throws Exception {
        Document atom = xml(given().get(base + "/feed.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asByteArray());
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        assertEquals(List.of("Kế hoạch số 14/KH-UBND", "Kế hoạch số 13/KH-UBND"), titles);
        Document rss = xml(given().get(base + "/feed.rss").then().statusCode(200).extract().asByteArray());
        Element enclosure = (Element) rss.getElementsByTagName("enclosure").item(0);
        assertTrue(enclosure.getAttribute("url").endsWith(".pdf"), enclosure.getAttribute("url"));
        assertEquals("application/pdf", enclosure.getAttribute("type"));

        setTemplates("https://xa.example.vn/van-ban/{id}");
        JsonNode feed = new ObjectMapper().readTree(given().get(base + "/feed.json").then().statusCode(200)
                .contentType(containsString("application/feed+json")).extract().asByteArray());
        assertEquals("https://xa.example.vn/van-ban/" + notice, feed.get("items").get(0).get("url").asText());
        given().get(base + "/feed.json?type=khong-co").then().statusCode(400).body("invalidParams[0].name", equalTo("type"));
    }

    @Test
    void shouldListDocumentPagesInTheSitemaps() throws Exception {
        given().get(base + "/sitemap-1.xml").then().statusCode(404).body("detail", containsString("documentUrlTemplate"));
        setTemplates("https://xa.example.vn/van-ban/{id}");
        Document index = xml(given().get("/api/v1/sites/" + site.slug() + "/sitemap.xml").then().statusCode(200).extract().asByteArray());
        List<String> sitemaps = new ArrayList<>();
        NodeList locations = index.getElementsByTagNameNS(SITEMAP, "loc");
        for (int i = 0; i < locations.getLength(); i++) {
            sitemaps.add(locations.item(i).getTextContent());
        }
        assertTrue(sitemaps.stream().anyMatch(url -> url.endsWith("/sites/" + site.slug() + "/documents/sitemap-1.xml")), sitemaps.toString());
        Document page = xml(given().get(base + "/sitemap-1.xml").then().statusCode(200).extract().asByteArray());
        NodeList urls = page.getElementsByTagNameNS(SITEMAP, "loc");
        assertEquals("https://xa.example.vn/van-ban/" + plan, urls.item(0).getTextContent());
        assertEquals("https://xa.example.vn/van-ban/" + notice, urls.item(1).getTextContent());
        given().get(base + "/sitemap-2.xml").then().statusCode(404);
    }

    @Test
    void shouldSyncWhatChangedSinceAToken() {
        JsonPath first = given().get(base + "/changes").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().jsonPath();
        assertEquals(List.of((int) plan, (int) notice), first.getList("changed.id"));
        String next = first.getString("next");
        given().queryParam("since", next).get(base + "/changes").then().statusCode(200).body("changed.size()", equalTo(0));

        var editor = bearer(accounts.token(accounts.user("sync-editor", editorOf(site.slug()))));
        given().header(editor).post("/api/v1/editor/sites/" + site.slug() + "/documents/" + plan + "/unpublish").then().statusCode(200);
        JsonPath after = given().queryParam("since", next).get(base + "/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) plan), after.getList("removed"));
        assertEquals(0, after.getList("changed").size());
        given().queryParam("since", "forged").get(base + "/changes").then().statusCode(400);
    }

    private void setTemplates(String documentTemplate) {
        String admin = accounts.token(accounts.user("doc-admin", TestAccounts.admin()));
        given().header(bearer(admin)).contentType("application/json")
                .body("{\"name\":\"Xã thử\",\"siteUrl\":\"https://xa.example.vn\",\"articleUrlTemplate\":\"https://xa.example.vn/tin/{slug}\","
                        + "\"documentUrlTemplate\":\"" + documentTemplate + "\"}")
                .put("/api/v1/admin/sites/" + site.slug()).then().statusCode(200).body("documentUrlTemplate", equalTo(documentTemplate));
    }

    private static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }
}
