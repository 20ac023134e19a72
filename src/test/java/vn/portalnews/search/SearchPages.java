package vn.portalnews.search;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Reads a search page after page, following nextCursor, as a client would. */
final class SearchPages {

    private SearchPages() {
    }

    /** The slugs of every result, in order. */
    static List<String> everySlug(String siteSlug, String q, int limit) {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", q).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/sites/" + siteSlug + "/search").then().statusCode(200).extract().jsonPath();
            slugs.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return slugs;
    }
}
