package vn.portalnews.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.portalnews.TestAccounts;
import vn.portalnews.TestAccounts.Account;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;
import vn.portalnews.common.RouteCatalog;
import vn.portalnews.common.RouteCatalog.Route;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portalnews.TestAccounts.authorOf;
import static vn.portalnews.TestAccounts.editorOf;

/**
 * Every protected route × every way of being refused. The routes come from the application itself, so a new
 * route without an entry in {@link #REQUIRED} fails this test until someone decides who may call it.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Who may call a route. */
    enum Access {
        /** Any signed-in user. */
        SIGNED_IN,
        /** Any role on the site (authors see their own articles only). */
        SITE_AUTHOR,
        /** The article's author (while a draft) or an editor of its site. */
        OWN_ARTICLE,
        /** EDITOR on the site. */
        SITE_EDITOR,
        ADMIN
    }

    private static final Map<String, Access> REQUIRED = Map.ofEntries(
            Map.entry("GET /api/v1/auth/me", Access.SIGNED_IN),
            Map.entry("POST /api/v1/auth/logout", Access.SIGNED_IN),
            Map.entry("PUT /api/v1/auth/password", Access.SIGNED_IN),
            Map.entry("GET /api/v1/editor/sites/{site}/articles", Access.SITE_AUTHOR),
            Map.entry("POST /api/v1/editor/sites/{site}/articles", Access.SITE_AUTHOR),
            Map.entry("GET /api/v1/editor/sites/{site}/articles/{id}", Access.OWN_ARTICLE),
            Map.entry("PUT /api/v1/editor/sites/{site}/articles/{id}", Access.OWN_ARTICLE),
            Map.entry("PATCH /api/v1/editor/sites/{site}/articles/{id}", Access.OWN_ARTICLE),
            Map.entry("DELETE /api/v1/editor/sites/{site}/articles/{id}", Access.OWN_ARTICLE),
            Map.entry("GET /api/v1/editor/sites/{site}/articles/{id}/revisions", Access.OWN_ARTICLE),
            Map.entry("POST /api/v1/editor/sites/{site}/articles/{id}/revisions/{revision}/restore", Access.OWN_ARTICLE),
            Map.entry("POST /api/v1/editor/sites/{site}/articles/{id}/publish", Access.SITE_EDITOR),
            Map.entry("POST /api/v1/editor/sites/{site}/articles/{id}/unpublish", Access.SITE_EDITOR),
            Map.entry("GET /api/v1/editor/sites/{site}/categories", Access.SITE_AUTHOR),
            Map.entry("POST /api/v1/editor/sites/{site}/categories", Access.SITE_EDITOR),
            Map.entry("PUT /api/v1/editor/sites/{site}/categories/{slug}", Access.SITE_EDITOR),
            Map.entry("DELETE /api/v1/editor/sites/{site}/categories/{slug}", Access.SITE_EDITOR),
            Map.entry("GET /api/v1/admin/sites", Access.ADMIN),
            Map.entry("POST /api/v1/admin/sites", Access.ADMIN),
            Map.entry("PUT /api/v1/admin/sites/{site}", Access.ADMIN),
            Map.entry("PUT /api/v1/admin/sites/{site}/stats-baseline", Access.ADMIN),
            Map.entry("GET /api/v1/admin/users", Access.ADMIN),
            Map.entry("POST /api/v1/admin/users", Access.ADMIN),
            Map.entry("GET /api/v1/admin/users/{username}", Access.ADMIN),
            Map.entry("PATCH /api/v1/admin/users/{username}", Access.ADMIN),
            Map.entry("PUT /api/v1/admin/users/{username}/password", Access.ADMIN),
            Map.entry("PUT /api/v1/admin/users/{username}/roles", Access.ADMIN),
            Map.entry("POST /api/v1/editor/sites/{site}/articles/{id}/preview", Access.OWN_ARTICLE),
            Map.entry("DELETE /api/v1/editor/sites/{site}/articles/{id}/preview", Access.OWN_ARTICLE),
            Map.entry("GET /api/v1/editor/sites/{site}/media", Access.SITE_AUTHOR),
            Map.entry("POST /api/v1/editor/sites/{site}/media", Access.SITE_AUTHOR),
            Map.entry("GET /api/v1/editor/sites/{site}/media/{id}", Access.SITE_AUTHOR),
            Map.entry("PATCH /api/v1/editor/sites/{site}/media/{id}", Access.SITE_AUTHOR),
            Map.entry("DELETE /api/v1/editor/sites/{site}/media/{id}", Access.SITE_EDITOR),
            Map.entry("GET /api/v1/editor/sites/{site}/albums", Access.SITE_AUTHOR),
            Map.entry("POST /api/v1/editor/sites/{site}/albums", Access.SITE_EDITOR),
            Map.entry("GET /api/v1/editor/sites/{site}/albums/{id}", Access.SITE_AUTHOR),
            Map.entry("PUT /api/v1/editor/sites/{site}/albums/{id}", Access.SITE_EDITOR),
            Map.entry("DELETE /api/v1/editor/sites/{site}/albums/{id}", Access.SITE_EDITOR),
            Map.entry("GET /api/v1/editor/sites/{site}/documents", Access.SITE_AUTHOR),
            Map.entry("POST /api/v1/editor/sites/{site}/documents", Access.SITE_AUTHOR),
            Map.entry("GET /api/v1/editor/sites/{site}/documents/{id}", Access.SITE_AUTHOR),
            Map.entry("PUT /api/v1/editor/sites/{site}/documents/{id}", Access.OWN_ARTICLE),
            Map.entry("POST /api/v1/editor/sites/{site}/documents/{id}/publish", Access.SITE_EDITOR),
            Map.entry("POST /api/v1/editor/sites/{site}/documents/{id}/unpublish", Access.SITE_EDITOR),
            Map.entry("POST /api/v1/editor/sites/{site}/documents/{id}/archive", Access.SITE_EDITOR),
            Map.entry("GET /api/v1/editor/sites/{site}/documents/{id}/revisions", Access.SITE_AUTHOR),
            Map.entry("GET /api/v1/editor/sites/{site}/document-terms", Access.SITE_AUTHOR),
            Map.entry("PUT /api/v1/editor/sites/{site}/document-terms/{kind}/{slug}", Access.SITE_EDITOR),
            Map.entry("DELETE /api/v1/editor/sites/{site}/document-terms/{kind}/{slug}", Access.SITE_EDITOR),
            Map.entry("GET /api/v1/admin/sites/{site}/webhooks", Access.ADMIN),
            Map.entry("POST /api/v1/admin/sites/{site}/webhooks", Access.ADMIN),
            Map.entry("GET /api/v1/admin/sites/{site}/webhooks/{id}", Access.ADMIN),
            Map.entry("PUT /api/v1/admin/sites/{site}/webhooks/{id}", Access.ADMIN),
            Map.entry("DELETE /api/v1/admin/sites/{site}/webhooks/{id}", Access.ADMIN),
            Map.entry("GET /api/v1/admin/sites/{site}/webhooks/{id}/secret", Access.ADMIN),
            Map.entry("POST /api/v1/admin/sites/{site}/webhooks/{id}/secret/rotate", Access.ADMIN),
            Map.entry("POST /api/v1/admin/sites/{site}/webhooks/{id}/ping", Access.ADMIN),
            Map.entry("GET /api/v1/admin/sites/{site}/webhooks/{id}/deliveries", Access.ADMIN),
            Map.entry("GET /api/v1/admin/sites/{site}/webhooks/{id}/deliveries/{delivery}", Access.ADMIN),
            Map.entry("POST /api/v1/admin/sites/{site}/webhooks/{id}/deliveries/{delivery}/redeliver", Access.ADMIN));

    /** A document of the fixture's terms; {number} is filled in per route. */
    private static final String DOCUMENT = "{\"type\":\"ke-hoach\",\"issuer\":\"ubnd\",\"number\":\"{number}\","
            + "\"issuedOn\":\"2024-01-05\",\"summary\":\"Kế hoạch thử\"}";

    /**
     * A valid request body for each route that takes one, so that the allowed call can succeed; {unique} is
     * replaced by a fresh word on every call.
     */
    private static final Map<String, String> VALID_BODIES = Map.ofEntries(
            Map.entry("PUT /api/v1/auth/password", "{\"currentPassword\":\"" + TestAccounts.PASSWORD + "\",\"newPassword\":\"" + TestAccounts.PASSWORD + "\"}"),
            Map.entry("POST /api/v1/editor/sites/{site}/articles", "{\"title\":\"Bài {unique}\",\"body\":\"<p>Nội dung</p>\",\"category\":\"tin-tuc\"}"),
            Map.entry("PUT /api/v1/editor/sites/{site}/articles/{id}", "{\"title\":\"Bản nháp\",\"body\":\"<p>Bản nháp</p>\",\"category\":\"tin-tuc\"}"),
            Map.entry("PATCH /api/v1/editor/sites/{site}/articles/{id}", "{\"summary\":\"Tóm tắt {unique}\"}"),
            Map.entry("POST /api/v1/editor/sites/{site}/categories", "{\"name\":\"Mục {unique}\"}"),
            Map.entry("PUT /api/v1/editor/sites/{site}/categories/{slug}", "{\"name\":\"Tin tức\"}"),
            Map.entry("POST /api/v1/admin/sites", "{\"slug\":\"xa-{unique}\",\"name\":\"Xã {unique}\"}"),
            Map.entry("PUT /api/v1/admin/sites/{site}", "{\"name\":\"Xã thử nghiệm\"}"),
            Map.entry("PUT /api/v1/admin/sites/{site}/stats-baseline", "{\"total\":5}"),
            Map.entry("POST /api/v1/admin/users", "{\"username\":\"u-{unique}\",\"displayName\":\"Người {unique}\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"roles\":[]}"),
            Map.entry("PATCH /api/v1/admin/users/{username}", "{\"displayName\":\"Tên mới\"}"),
            Map.entry("PUT /api/v1/admin/users/{username}/password", "{\"password\":\"" + TestAccounts.PASSWORD + "\"}"),
            Map.entry("PUT /api/v1/admin/users/{username}/roles", "{\"roles\":[]}"),
            Map.entry("PATCH /api/v1/editor/sites/{site}/media/{id}", "{\"caption\":\"Chú thích {unique}\"}"),
            Map.entry("POST /api/v1/editor/sites/{site}/albums", "{\"title\":\"Album {unique}\"}"),
            Map.entry("PUT /api/v1/editor/sites/{site}/albums/{id}", "{\"title\":\"Album {unique}\"}"),
            Map.entry("POST /api/v1/editor/sites/{site}/documents", DOCUMENT.replace("{number}", "9{unique}/KH-UBND")),
            Map.entry("PUT /api/v1/editor/sites/{site}/documents/{id}", DOCUMENT.replace("{number}", "01/KH-UBND")),
            Map.entry("PUT /api/v1/editor/sites/{site}/document-terms/{kind}/{slug}", "{\"name\":\"Loại {unique}\"}"),
            Map.entry("POST /api/v1/admin/sites/{site}/webhooks", "{\"url\":\"http://127.0.0.1:9/{unique}\",\"events\":[\"*\"]}"),
            Map.entry("PUT /api/v1/admin/sites/{site}/webhooks/{id}", "{\"url\":\"http://127.0.0.1:9/{unique}\",\"events\":[\"*\"]}"));

    /** Routes anyone may call. */
    private static final Set<String> PUBLIC_PREFIXES = Set.of("/api/v1/sites", "/api/v1/auth/login", "/api/v1/media/");

    @Inject
    RouteCatalog catalog;
    @Inject
    TestContent content;
    @Inject
    TestAccounts accounts;
    @Inject
    TokenService tokens;

    private record Fixture(TestSite site, long articleId, long mediumId, long albumId, long webhookId, long deliveryId, long documentId, String categorySlug, Account owner, Account otherAuthor,
                           Account editor, Account otherSiteEditor, Account noRoles, Account admin, Account victim) {
    }

    @TestFactory
    List<DynamicTest> shouldRefuseEveryProtectedRouteToEveryoneNotAllowed() {
        List<Route> routes = catalog.routes().stream()
                .filter(route -> PUBLIC_PREFIXES.stream().noneMatch(route.template()::startsWith))
                .filter(route -> !route.template().equals("/api/v1"))
                .toList();
        Set<String> found = routes.stream().map(AuthorizationMatrixTest::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(REQUIRED.keySet()), found,
                "Every protected route needs an entry in REQUIRED (and every entry a route)");

        Fixture fixture = fixture();
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes) {
            Access access = REQUIRED.get(key(route));
            tests.add(refused(route, fixture, "no token", () -> null, 401));
            tests.add(refused(route, fixture, "garbage token", () -> "not-a-token", 401));
            tests.add(refused(route, fixture, "expired token", () -> expired(fixture.admin()), 401));
            tests.add(refused(route, fixture, "tampered token", () -> tampered(fixture.owner(), fixture.admin()), 401));
            tests.add(refused(route, fixture, "alg:none token", () -> unsigned(fixture.admin()), 401));
            tests.add(refused(route, fixture, "token signed by a foreign key", () -> foreign(fixture.admin()), 401));
            tests.add(refused(route, fixture, "revoked token", () -> revoked(fixture.victim()), 401));
            switch (access) {
                case SIGNED_IN -> {
                    // every signed-in user may: there is no wrong role and no other site
                }
                case SITE_AUTHOR -> {
                    tests.add(refused(route, fixture, "no role at all", () -> accounts.token(fixture.noRoles()), 403));
                    tests.add(refused(route, fixture, "role on another site", () -> accounts.token(fixture.otherSiteEditor()), 403));
                }
                case OWN_ARTICLE -> {
                    tests.add(refused(route, fixture, "author of someone else's article", () -> accounts.token(fixture.otherAuthor()), 403));
                    tests.add(refused(route, fixture, "role on another site", () -> accounts.token(fixture.otherSiteEditor()), 403));
                }
                case SITE_EDITOR -> {
                    tests.add(refused(route, fixture, "author, not editor", () -> accounts.token(fixture.owner()), 403));
                    tests.add(refused(route, fixture, "role on another site", () -> accounts.token(fixture.otherSiteEditor()), 403));
                }
                case ADMIN -> {
                    tests.add(refused(route, fixture, "editor, not admin", () -> accounts.token(fixture.editor()), 403));
                    tests.add(refused(route, fixture, "role on another site", () -> accounts.token(fixture.otherSiteEditor()), 403));
                }
            }
            // The control: the refusals above are about the token, not a broken route or fixture.
            tests.add(DynamicTest.dynamicTest(key(route) + " is allowed to the right user", () -> {
                // an earlier control may have published it; authors may change drafts only
                content.execute("update articles set status = 'DRAFT' where id = ?", fixture.articleId());
                content.execute("update documents set status = 'DRAFT' where id = ?", fixture.documentId());
                Response response = callAsAllowed(route, fixture, accounts.token(allowed(access, fixture)));
                assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                        "the allowed call must succeed, got " + response.statusCode() + ": " + response.asString());
            }));
        }
        return tests;
    }

    private DynamicTest refused(Route route, Fixture fixture, String who, Supplier<String> token, int status) {
        return DynamicTest.dynamicTest(key(route) + " refuses " + who, () -> {
            Response response = call(route, fixture, token.get());
            assertEquals(status, response.statusCode(), response.asString());
            assertEquals("application/problem+json", response.contentType());
            response.then().body("status", equalTo(status));
            if (status == 401) {
                assertEquals("Bearer realm=\"portal-news\"", response.header("WWW-Authenticate"));
            }
        });
    }

    private static Account allowed(Access access, Fixture fixture) {
        return switch (access) {
            case SIGNED_IN, SITE_AUTHOR, OWN_ARTICLE -> fixture.owner();
            case SITE_EDITOR -> fixture.editor();
            case ADMIN -> fixture.admin();
        };
    }

    private Response call(Route route, Fixture fixture, String token) {
        return request(route, token, "{}").request(route.method(), path(route, fixture, fixture.categorySlug()));
    }

    /** A request that passes validation too: a valid body, the article's current ETag, a category that may go. */
    private Response callAsAllowed(Route route, Fixture fixture, String token) {
        String body = VALID_BODIES.getOrDefault(key(route), "{}")
                .replace("{unique}", UUID.randomUUID().toString().substring(0, 8));
        RequestSpecification request = request(route, token, body);
        if ((route.template().endsWith("/articles/{id}") || route.template().endsWith("/documents/{id}"))
                && !route.method().equals("GET")) {
            request.header("If-Match", given().header("Authorization", "Bearer " + token)
                    .get(path(route, fixture, null)).then().statusCode(200).extract().header("ETag"));
        }
        String category = fixture.categorySlug();
        if (route.method().equals("DELETE") && route.template().contains("/categories/")) {
            category = "trong-" + UUID.randomUUID().toString().substring(0, 8); // only a category without articles may go
            content.category(fixture.site(), category, "Trống", 9);
        }
        if (route.method().equals("DELETE") && route.template().contains("/document-terms/")) {
            category = "trong-" + UUID.randomUUID().toString().substring(0, 8); // only a term no document uses may go
            content.execute("insert into document_terms (site_id, kind, slug, name) values (?, 'type', ?, 'Trống')",
                    fixture.site().id(), category);
        }
        Fixture target = fixture;
        if (route.method().equals("DELETE") && route.template().contains("/media/")) {
            target = withIds(fixture, content.medium(fixture.site()), fixture.albumId()); // the fixture's medium stays
        }
        if (route.method().equals("DELETE") && route.template().contains("/albums/")) {
            target = withIds(fixture, fixture.mediumId(), content.album(fixture.site(), "xoa-" + UUID.randomUUID().toString().substring(0, 8)));
        }
        if (route.method().equals("DELETE") && route.template().contains("/webhooks/")) {
            long endpoint = content.webhook(fixture.site()); // the fixture's endpoint stays
            target = new Fixture(fixture.site(), fixture.articleId(), fixture.mediumId(), fixture.albumId(), endpoint,
                    content.webhookDelivery(endpoint), fixture.documentId(), fixture.categorySlug(), fixture.owner(), fixture.otherAuthor(),
                    fixture.editor(), fixture.otherSiteEditor(), fixture.noRoles(), fixture.admin(), fixture.victim());
        }
        return request.request(route.method(), path(route, target, category));
    }

    private static Fixture withIds(Fixture f, long mediumId, long albumId) {
        return new Fixture(f.site(), f.articleId(), mediumId, albumId, f.webhookId(), f.deliveryId(), f.documentId(), f.categorySlug(), f.owner(), f.otherAuthor(), f.editor(),
                f.otherSiteEditor(), f.noRoles(), f.admin(), f.victim());
    }

    private static RequestSpecification request(Route route, String token, String body) {
        RequestSpecification request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (route.method().equals("POST") && route.template().endsWith("/media")) {
            request.multiPart("file", "a.pdf", vn.portalnews.media.TestFiles.pdf(), "application/pdf");
        } else if (Set.of("POST", "PUT", "PATCH").contains(route.method())) {
            request.contentType("application/json").body(body);
        }
        return request;
    }

    private static String path(Route route, Fixture fixture, String categorySlug) {
        long id = route.template().contains("/media/") ? fixture.mediumId()
                : route.template().contains("/albums/") ? fixture.albumId()
                : route.template().contains("/webhooks/") ? fixture.webhookId()
                : route.template().contains("/documents/") ? fixture.documentId() : fixture.articleId();
        return route.template()
                .replace("{site}", fixture.site().slug())
                .replace("{id}", Long.toString(id))
                .replace("{revision}", "1")
                .replace("{delivery}", Long.toString(fixture.deliveryId()))
                .replace("{kind}", "type")
                .replace("{slug}", String.valueOf(categorySlug))
                .replace("{username}", fixture.noRoles().username());
    }

    private Fixture fixture() {
        TestSite site = content.site("matrix");
        TestSite otherSite = content.site("matrix-other");
        long category = content.category(site, "tin-tuc", "Tin tức", 0);
        Account owner = accounts.user("owner", authorOf(site.slug()));
        long article = content.article(site, category, "ban-nhap", "Bản nháp", "DRAFT", null);
        content.execute("update articles set created_by = (select id from users where username = ?) where id = ?", owner.username(), article);
        content.execute("""
                insert into article_revisions (article_id, revision, editor_name, title, summary, body)
                values (?, 1, 'Tác giả', 'Bản nháp', '', '<p>Bản nháp</p>')""", article);
        long webhook = content.webhook(site);
        long document = content.document(site, "01/KH-UBND");
        content.execute("update documents set status = 'DRAFT', created_by = (select id from users where username = ?) where id = ?",
                owner.username(), document);
        return new Fixture(site, article, content.medium(site), content.album(site, "album-thu"), webhook,
                content.webhookDelivery(webhook), document, "tin-tuc", owner,
                accounts.user("other-author", authorOf(site.slug())),
                accounts.user("editor", editorOf(site.slug())),
                accounts.user("other-site-editor", editorOf(otherSite.slug())),
                accounts.user("no-roles"),
                accounts.user("admin", TestAccounts.admin()),
                accounts.user("victim", authorOf(site.slug())));
    }

    private String expired(Account account) {
        UserAccount user = accounts.entity(account);
        Instant longAgo = Instant.now().minus(java.time.Duration.ofDays(1));
        return tokens.issueAt(user.id, user.username, user.tokenGeneration, longAgo).token();
    }

    /** A valid token of one user with the payload claiming to be another. */
    private String tampered(Account from, Account claimed) {
        String[] parts = accounts.token(from).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        long claimedId = accounts.entity(claimed).id;
        String forged = payload.replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"" + claimedId + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private String unsigned(Account account) {
        String[] parts = accounts.token(account).split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    private String foreign(Account account) {
        try {
            return signedByForeignKey(account);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String signedByForeignKey(Account account) throws Exception {
        String[] parts = accounts.token(account).split("\\.");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        jws.setKey(generator.generateKeyPair().getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    /** Signed in, then signed out: the token is well-formed, signed and unexpired, but revoked. */
    private String revoked(Account account) {
        String token = accounts.token(account);
        given().header("Authorization", "Bearer " + token).post("/api/v1/auth/logout").then().statusCode(204);
        return token;
    }

    private static String key(Route route) {
        return route.method() + " " + route.template();
    }
}
