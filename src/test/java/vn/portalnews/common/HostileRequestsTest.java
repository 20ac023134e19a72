package vn.portalnews.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;
import vn.portalnews.common.RouteCatalog.Route;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation the service routes, called with malformed input, with and without an administrator's token:
 * whatever is sent, the answer is never a 5xx, and every 4xx is problem+json. The routes come from the
 * application itself, so a new operation is walked too.
 */
@QuarkusTest
class HostileRequestsTest {

    /** Bad values for any path segment. */
    private static final Map<String, String> PATH_VALUES = new LinkedHashMap<>();
    /** Bad values for the query parameters the API reads anywhere. */
    private static final Map<String, String> QUERY_VALUES = new LinkedHashMap<>();
    /** Bad JSON bodies (and content types) for operations that take one. */
    private static final Map<String, String[]> BODIES = new LinkedHashMap<>();
    private static final List<String> QUERY_NAMES = List.of("limit", "cursor", "page", "category", "from", "to", "date",
            "q", "period", "year", "month", "status", "author");

    static {
        PATH_VALUES.put("nul", "%00");
        PATH_VALUES.put("long", "x".repeat(1_000));
        PATH_VALUES.put("traversal", "..%2F..%2Fetc%2Fpasswd");
        PATH_VALUES.put("huge number", "99999999999999999999999");
        PATH_VALUES.put("negative", "-1");
        PATH_VALUES.put("unicode", "%E1%BA%A1%F0%9F%98%80");
        QUERY_VALUES.put("nul", "a%00b");
        QUERY_VALUES.put("long", "y".repeat(250)); // 13 of them stay under the 4 KiB request line (see README: 414)
        QUERY_VALUES.put("not a number", "abc");
        QUERY_VALUES.put("huge number", "99999999999999999999999");
        QUERY_VALUES.put("impossible date", "2026-02-30");
        QUERY_VALUES.put("far year", "-1000000000-01-01");
        QUERY_VALUES.put("garbled escape", "%25%25%25garbage");
        BODIES.put("garbage", new String[]{"application/json", "{not json"});
        BODIES.put("array", new String[]{"application/json", "[1,2,3]"});
        BODIES.put("wrong types", new String[]{"application/json", "{\"title\":1,\"body\":[],\"category\":{},\"name\":true,"
                + "\"password\":5,\"roles\":\"x\",\"total\":\"many\",\"at\":42,\"displayName\":[],\"enabled\":\"maybe\"}"});
        BODIES.put("nul strings", new String[]{"application/json", "{\"title\":\"a\\u0000\",\"name\":\"b\\u0000\","
                + "\"username\":\"c\\u0000\",\"password\":\"d\\u0000dddddddddd\",\"displayName\":\"e\\u0000\"}"});
        BODIES.put("duplicate keys", new String[]{"application/json", "{\"password\":\"aaaaaaaaaaaa\",\"password\":\"bbbbbbbbbbbb\","
                + "\"name\":\"x\",\"name\":\"y\"}"});
        BODIES.put("far instant", new String[]{"application/json", "{\"at\":\"-1000000000-01-01T00:00:00Z\"}"});
        BODIES.put("huge number", new String[]{"application/json", "{\"total\":1e400,\"position\":99999999999999999999}"});
        BODIES.put("long strings", new String[]{"application/json", "{\"title\":\"" + "t".repeat(100_000) + "\",\"name\":\""
                + "n".repeat(100_000) + "\",\"username\":\"" + "u".repeat(100_000) + "\"}"});
        BODIES.put("deep nesting", new String[]{"application/json", "[".repeat(5_000) + "]".repeat(5_000)});
        BODIES.put("wrong content type", new String[]{"application/xml", "<a/>"});
        BODIES.put("empty", new String[]{"application/json", ""});
    }

    @Inject
    RouteCatalog catalog;
    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;

    @TestFactory
    List<DynamicTest> shouldNeverAnswer5xxAndAlwaysDescribeA4xx() {
        TestSite site = content.site("hostile-walk");
        long category = content.category(site, "tin", "Tin", 0);
        content.published(site, category, "bai", Instant.parse("2024-01-01T00:00:00Z"));
        String admin = accounts.token(accounts.user("hostile-admin", TestAccounts.admin()));
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : catalog.routes()) {
            for (String token : new String[]{null, admin}) {
                String who = token == null ? "anonymous" : "admin";
                String valid = valid(route.template(), site);
                for (Map.Entry<String, String> bad : PATH_VALUES.entrySet()) {
                    if (!route.template().contains("{")) {
                        break;
                    }
                    String path = route.template().replaceAll("\\{[^}]+}", bad.getValue());
                    tests.add(walk(route, who, "path " + bad.getKey(), () -> request(token).urlEncodingEnabled(false)
                            .request(route.method(), path)));
                    String lastOnly = valid.substring(0, valid.lastIndexOf('/') + 1) + bad.getValue();
                    if (route.template().endsWith("}")) {
                        tests.add(walk(route, who, "last path segment " + bad.getKey(), () -> request(token)
                                .urlEncodingEnabled(false).request(route.method(), lastOnly)));
                    }
                }
                for (Map.Entry<String, String> bad : QUERY_VALUES.entrySet()) {
                    StringBuilder query = new StringBuilder();
                    QUERY_NAMES.forEach(name -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(bad.getValue()));
                    tests.add(walk(route, who, "query " + bad.getKey(), () -> request(token).urlEncodingEnabled(false)
                            .request(route.method(), valid + query)));
                }
                tests.add(walk(route, who, "duplicate query parameters", () -> request(token).urlEncodingEnabled(false)
                        .request(route.method(), valid + "?limit=1&limit=2&cursor=a&cursor=b&q=x&q=y")));
                if (List.of("POST", "PUT", "PATCH").contains(route.method())) {
                    for (Map.Entry<String, String[]> bad : BODIES.entrySet()) {
                        tests.add(walk(route, who, "body " + bad.getKey(), () -> request(token)
                                .contentType(bad.getValue()[0]).body(bad.getValue()[1]).request(route.method(), valid)));
                    }
                }
            }
        }
        return tests;
    }

    private static DynamicTest walk(Route route, String who, String what, java.util.function.Supplier<Response> call) {
        return DynamicTest.dynamicTest(route.method() + " " + route.template() + " as " + who + ", " + what, () -> {
            Response response = call.get();
            int status = response.statusCode();
            assertTrue(status < 500, "answered " + status + ": " + response.asString());
            if (status >= 400) {
                assertEquals("application/problem+json", response.contentType().split(";")[0].trim(), "a " + status + " without problem details");
                assertEquals(status, response.jsonPath().getInt("status"));
            }
        });
    }

    private static RequestSpecification request(String token) {
        RequestSpecification request = given().redirects().follow(false);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static String valid(String template, TestSite site) {
        return template.replace("{site}", site.slug()).replace("{slug}", "bai").replace("{id}", "1")
                .replace("{revision}", "1").replace("{delivery}", "1").replace("{kind}", "type").replace("{username}", "nobody").replace("{name}", "1-0123456789abcdef.jpg")
                .replace("{token}", "x".repeat(43)).replace("{page}", "1").replace("{format}", "rss");
    }
}
