package vn.portalnews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every response any test receives through REST Assured is checked against the published contract,
 * openapi.yaml: the status must be declared for the operation, and a JSON body must match the declared schema.
 * A mismatch fails the test that received it, so the contract cannot drift from what the service answers.
 */
public class ContractValidation implements Filter, QuarkusTestBeforeEachCallback {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Contract CONTRACT = new Contract(Path.of("openapi.yaml"));
    /** REPORT writes mismatches to target/contract-mismatches.txt instead of failing; for surveying, never committed on. */
    private static final boolean REPORT = "report".equals(System.getProperty("contract.validation"));

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(filter -> filter instanceof ContractValidation)) {
            RestAssured.filters(new ContractValidation());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        String path = URI.create(request.getURI()).getRawPath();
        String query = URI.create(request.getURI()).getRawQuery();
        boolean selected = query != null && (query.startsWith("fields=") || query.contains("&fields="));
        List<String> problems = CONTRACT.check(method, path, response, selected);
        if (!problems.isEmpty()) {
            String message = request.getMethod() + " " + path + " → " + response.statusCode() + " does not match openapi.yaml: "
                    + String.join("; ", problems);
            if (REPORT) {
                try {
                    Files.writeString(Path.of("target", "contract-mismatches.txt"), message + "\n",
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                throw new AssertionError(message);
            }
        }
        return response;
    }

    /** The published contract, read once: operations by method and path template, schemas compiled on first use. */
    static final class Contract {
        private final JsonNode document;
        private final List<Template> templates = new ArrayList<>();
        private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
        private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();

        private record Template(Pattern pattern, String template, JsonNode item) {
        }

        Contract(Path file) {
            try {
                document = new YAMLMapper().readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> entry = paths.next();
                String regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                templates.add(new Template(Pattern.compile(regex), entry.getKey(), entry.getValue()));
            }
            // literal paths before templated ones: /sites/{site}/articles/popular before /articles/{slug}
            // and among those with as many parameters, the one with more literal text: /documents/feed.{format} before /documents/{id}
            templates.sort(java.util.Comparator.comparingLong((Template t) -> t.template().chars().filter(c -> c == '{').count())
                    .thenComparing(t -> -t.template().replaceAll("\\{[^}]*}", "").length()));
        }

        /** @param selected a {@code fields=} answer: only the properties asked for are there, so none is required */
        List<String> check(String method, String path, Response response, boolean selected) {
            Template template = templates.stream().filter(t -> t.pattern().matcher(path).matches()
                    && t.item().has(method)).findFirst().orElse(null);
            if (template == null || method.equals("head") || method.equals("options")) {
                return List.of(); // not an operation of the contract (an unknown path, HEAD, a CORS preflight)
            }
            JsonNode responses = template.item().get(method).get("responses");
            String status = Integer.toString(response.statusCode());
            JsonNode declared = responses.has(status) ? responses.get(status) : responses.get("default");
            if (declared == null) {
                return List.of("status " + status + " is not declared for " + method.toUpperCase(Locale.ROOT) + " "
                        + template.template());
            }
            String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
            byte[] body = response.asByteArray();
            if (body.length == 0) {
                return List.of();
            }
            JsonNode content = declared.get("content");
            if (content == null) {
                return List.of("a " + contentType + " body where the contract declares none");
            }
            String key = matchingType(content, contentType);
            if (key == null) {
                return List.of("content type " + contentType + " is not declared (declared: " + content.fieldNames().next() + ")");
            }
            if (!contentType.endsWith("json")) {
                return List.of();
            }
            String pointer = "/paths/" + escape(template.template()) + "/" + method + "/responses/" + status(responses, status)
                    + "/content/" + escape(key) + "/schema";
            JsonNode instance;
            try {
                instance = JSON.readTree(body);
            } catch (IOException e) {
                return List.of("the body is not JSON");
            }
            Set<ValidationMessage> messages = schema(pointer, selected).validate(instance);
            return messages.stream().map(ValidationMessage::getMessage).limit(5).toList();
        }

        private static String status(JsonNode responses, String status) {
            return responses.has(status) ? status : "default";
        }

        private static String matchingType(JsonNode content, String contentType) {
            if (content.has(contentType)) {
                return contentType;
            }
            Iterator<String> types = content.fieldNames();
            while (types.hasNext()) {
                String type = types.next();
                if (type.endsWith("/*") && contentType.startsWith(type.substring(0, type.length() - 1))
                        || type.equals("application/octet-stream") || type.equals("*/*")) {
                    return type;
                }
            }
            return null;
        }

        private JsonSchema schema(String pointer, boolean selected) {
            return schemas.computeIfAbsent((selected ? "selected:" : "") + pointer, key -> {
                String at = pointer;
                ObjectNode wrapper = ((ObjectNode) document.deepCopy());
                if (selected) {
                    wrapper.findParents("required").forEach(parent -> {
                        if (parent.get("required").isArray()) {
                            ((ObjectNode) parent).remove("required");
                        }
                    });
                }
                wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                wrapper.put("$ref", "#" + at);
                return factory.getSchema(wrapper, config);
            });
        }

        private static String escape(String segment) {
            return segment.replace("~", "~0").replace("/", "~1");
        }
    }
}
