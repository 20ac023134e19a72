package vn.portalnews;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** openapi.yaml is the published contract: the running service must serve exactly it. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeExactlyThePublishedContract() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path published = Path.of("openapi.yaml");
        String expected = Files.exists(published) ? Files.readString(published) : "";
        if (!served.equals(expected)) {
            Path actual = Path.of("target", "openapi-served.yaml");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, served);
            assertEquals(expected, served, "openapi.yaml differs from /q/openapi; review " + actual
                    + " and copy it over openapi.yaml if the change is intended");
        }
    }

    @Test
    void shouldReportReadinessWithTheDatabaseAndServeMetrics() {
        given().get("/api/v1").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("http_server_requests_seconds_count{"));
    }
}
