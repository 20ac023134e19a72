package vn.portalnews.article.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.portalnews.TestAccounts.bearer;
import static vn.portalnews.TestAccounts.editorOf;

/** Known XSS vectors in article bodies come out inert, on every write path. */
@QuarkusTest
class HtmlSanitizingTest {

    /** From the OWASP XSS filter evasion cheat sheet and the html5sec.org list, among others. */
    static final List<String> VECTORS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
            "<iframe src=https://xss.example/scriptlet.html <",
            "<svg/onload=alert('XSS')>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
            "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD BACKGROUND=\"javascript:alert('XSS')\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv\" AllowScriptAccess=\"always\"></EMBED>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "<a href=\"vbscript:msgbox('XSS')\">vb</a>",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<button formaction=\"javascript:alert(1)\">x</button>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<audio src=x onerror=alert(1)>",
            "<base href=\"javascript:alert('XSS');//\">",
            "<link rel=\"stylesheet\" href=\"javascript:alert('XSS');\">",
            "<img src=\"https://ok.example/a.jpg\" alt=\"x\" srcset=\"javascript:alert(1)\" onload=\"alert(1)\">",
            "<p style=\"behavior:url(xss.htc)\">x</p>",
            "<a href=\"  javascript:alert(1)\">spaces</a>",
            "<a href=\"java&#x09;script:alert(1)\">tab entity</a>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<template><script>alert(1)</script></template>",
            "<xss id=x tabindex=1 onfocus=alert(1)></xss>",
            "\"><img src=x onerror=alert(1)>",
            "</p><script>alert(1)</script><p>");

    private static final Set<String> ALLOWED_TAGS = Set.of("a", "b", "blockquote", "br", "caption", "cite", "code", "col",
            "colgroup", "dd", "div", "dl", "dt", "em", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
            "img", "li", "ol", "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "u", "ul", "#root", "body", "html", "head");
    private static final Map<String, Set<String>> URL_ATTRIBUTES = Map.of("a", Set.of("href"), "img", Set.of("src"),
            "blockquote", Set.of("cite"), "q", Set.of("cite"));

    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    private Header editor;
    private String base;

    @BeforeEach
    void setUp() {
        TestSite site = content.site("xss");
        content.category(site, "tin-tuc", "Tin tức", 0);
        editor = bearer(accounts.token(accounts.user("editor", editorOf(site.slug()))));
        base = "/api/v1/editor/sites/" + site.slug() + "/articles";
    }

    @TestFactory
    List<DynamicTest> shouldStoreEveryKnownVectorInert() {
        assertTrue(VECTORS.size() >= 30);
        return VECTORS.stream().map(vector -> DynamicTest.dynamicTest(vector, () -> {
            String stored = given().header(editor).contentType("application/json")
                    .body(Map.of("title", "XSS", "body", "<p>trước</p>" + vector + "<p>sau</p>", "category", "tin-tuc"))
                    .post(base).then().statusCode(201).extract().path("body");
            assertInert(stored);
        })).toList();
    }

    @Test
    void shouldKeepOrdinaryFormatting() {
        String html = "<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong> và <em>nghiêng</em>, "
                + "<a href=\"https://xa.example.vn/van-ban\">văn bản</a>.</p><ul><li>một</li></ul>"
                + "<img src=\"https://cdn.example.vn/a.jpg\" alt=\"Ảnh\"><table><tbody><tr><td>1</td></tr></tbody></table>";
        String stored = given().header(editor).contentType("application/json")
                .body(Map.of("title", "Định dạng", "body", html, "category", "tin-tuc"))
                .post(base).then().statusCode(201).extract().path("body");
        Document document = Jsoup.parseBodyFragment(stored);
        assertEquals("Tiêu đề", document.select("h2").text());
        assertEquals("https://xa.example.vn/van-ban", document.select("a").attr("href"));
        assertEquals("https://cdn.example.vn/a.jpg", document.select("img").attr("src"));
        assertEquals(1, document.select("table td").size());
        assertInert(stored);
    }

    @Test
    void shouldNotLetRemovedMarkupComeBackThroughPatchOrRestore() {
        long id = ((Number) given().header(editor).contentType("application/json")
                .body(Map.of("title", "Khôi phục", "body", "<p onclick=\"alert(1)\">a</p><script>alert(2)</script>", "category", "tin-tuc"))
                .post(base).then().statusCode(201).body("body", equalTo("<p>a</p>")).extract().path("id")).longValue();
        // a patch of another field keeps the clean body; a patch of the body is cleaned again
        given().header(editor).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"v0\"")
                .body(Map.of("title", "Khôi phục 2")).patch(base + "/" + id)
                .then().statusCode(200).body("body", equalTo("<p>a</p>"));
        given().header(editor).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"v1\"")
                .body(Map.of("body", "<p>b</p><iframe src=\"https://evil.example\"></iframe>")).patch(base + "/" + id)
                .then().statusCode(200).body("body", equalTo("<p>b</p>"));
        given().header(editor).get(base + "/" + id + "/revisions").then().body("items.body", org.hamcrest.Matchers.everyItem(
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("script"))));
        // even a revision written behind the API's back is cleaned on restore
        content.execute("update article_revisions set body = '<p>c</p><script>alert(3)</script>' where article_id = ? and revision = 1", id);
        given().header(editor).post(base + "/" + id + "/revisions/1/restore").then().statusCode(200).body("body", equalTo("<p>c</p>"));
    }

    static void assertInert(String html) {
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (!ALLOWED_TAGS.contains(tag)) {
                fail("<" + tag + "> survived in " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), name + " survived in " + html);
                assertFalse(name.equals("style") || name.equals("srcset") || name.equals("background") || name.equals("formaction"),
                        name + " survived in " + html);
                if (URL_ATTRIBUTES.getOrDefault(tag, Set.of()).contains(name)) {
                    String url = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertTrue(url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:"),
                            name + "=" + url + " survived in " + html);
                }
            }
        }
    }
}
