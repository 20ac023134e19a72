package vn.portalnews.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the contract says the same way for every operation, said once here instead of on every resource:
 * <ul>
 *   <li>every 4xx/5xx response is an RFC 9457 problem ({@code application/problem+json}, schema Problem);</li>
 *   <li>an operation with path or query parameters or a body can answer 400, one with a path parameter 404, one
 *       that reads If-None-Match 304;</li>
 *   <li>an operation that needs a bearer token can answer 401, and all but the user's own account routes 403;</li>
 *   <li>any operation can answer 503 with Retry-After while the database is unavailable;</li>
 *   <li>path parameters are plain strings on the wire, whatever type a resource resolves them to.</li>
 * </ul>
 * A resource that declares one of these responses itself keeps its own description.
 */
public class ContractFilter implements OASFilter {

    private static final String OWN_ACCOUNT = "/api/v1/auth/";
    private static final String MEDIA_FILES = "/api/v1/media/";
    /** Marks, in the contract, a property an answer leaves out unless asked for it: it is not required. */
    static final String OMITTED = "x-omitted-unless-asked";
    /** Those properties, by schema: numbered pages' totals, the archive's levels, a problem without invalid inputs. */
    private static final Map<String, Set<String>> SENT_ONLY_WHEN_ASKED = Map.of(
            "ArticlePage", Set.of("page", "totalItems", "totalPages"),
            "SearchPage", Set.of("page", "totalItems", "totalPages"),
            "DocumentPage", Set.of("page", "totalItems", "totalPages"),
            "Archive", Set.of("year", "month", "years", "months", "days"),
            "Problem", Set.of("invalidParams"));
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            operation.setOperationId(operationId(operation.getOperationId()));
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            for (Parameter parameter : parameters) {
                if (parameter.getIn() == Parameter.In.PATH && parameter.getSchema() != null && parameter.getSchema().getRef() != null) {
                    parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                }
            }
            // what the HTTP layer may answer to any request, before or instead of the operation
            addIfMissing(operation, "400", "The input is invalid or the request cannot be read; `invalidParams` names each "
                    + "parameter or field");
            addIfMissing(operation, "414", "The request line is longer than PORTAL_HTTP_MAX_REQUEST_LINE");
            addIfMissing(operation, "431", "The request headers are larger than PORTAL_HTTP_MAX_HEADER_BYTES");
            if (item.getGET() == operation) {
                addIfMissing(operation, "406", "The Accept header asks for a type this operation does not serve");
            }
            if (operation.getRequestBody() != null) {
                addIfMissing(operation, "411", "The body has no Content-Length (uploads excepted)");
                addIfMissing(operation, "413", "The body is larger than this route accepts");
                addIfMissing(operation, "415", "The body's Content-Type is not one this operation accepts");
            }
            if (path.contains("{")) {
                addIfMissing(operation, "404", "Not found: the problem's detail names what a path parameter names that does not exist");
            }
            if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-None-Match".equalsIgnoreCase(p.getName()))
                    && !path.startsWith(MEDIA_FILES)) { // stored media are immutable: their resource says so itself
                addIfMissing(operation, "304", "Unchanged since the ETag in If-None-Match");
                addCachingHeaders(operation.getResponses().getAPIResponse("200"));
                addCachingHeaders(operation.getResponses().getAPIResponse("304"));
            }
            addIfMissing(operation, "503", "The database is unavailable or busy (a cached answer is served when there is one); see Retry-After");
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                addIfMissing(operation, "401", "Not signed in, or the token is invalid, expired or revoked");
                if (!path.startsWith(OWN_ACCOUNT)) {
                    addIfMissing(operation, "403", "Your role does not allow this: a role on the site for editor routes, ADMIN for admin routes");
                }
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.charAt(0) >= '4' && response.getContent() == null && response.getRef() == null) {
                    response.setContent(problem());
                }
            });
        }));
        removeUnreachable(openAPI);
        requireSentProperties(openAPI);
    }

    /**
     * "EditorArticleResource_publish" → "editorArticlePublish": stable while the resource and method keep their
     * names, and what a generated client calls the method.
     */
    static String operationId(String generated) {
        if (generated == null || !generated.contains("_")) {
            return generated;
        }
        String type = generated.substring(0, generated.indexOf('_')).replaceFirst("Resource$", "");
        String method = generated.substring(generated.indexOf('_') + 1);
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    /** What every cacheable public answer says to browsers and CDNs (see HttpCaching and CacheTags). */
    private static void addCachingHeaders(APIResponse response) {
        if (response == null) {
            return;
        }
        header(response, "ETag", "Strong tag of the answer; changes only when what it says changes");
        header(response, "Cache-Control", "For browsers and apps: public, max-age=PORTAL_HTTP_MAX_AGE");
        header(response, "CDN-Cache-Control", "For a CDN (RFC 9213): long for content, which editors' changes purge by tag; "
                + "a second for visit counters and most-read; with stale-if-error");
        header(response, "Surrogate-Key", "Cache tags a CDN may purge by (site:, list:, category:, day:, article:, search:, "
                + "archive:, albums:, album:); the header is named by PORTAL_CDN_TAG_HEADER");
    }

    private static void header(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static void addIfMissing(Operation operation, String status, String description) {
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA_REF + "Problem")));
    }

    /**
     * Component schemas that no operation reaches go from the contract: those the inlined path parameters
     * referred to, and the schemas only they referred to.
     */
    private static void removeUnreachable(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        List<Schema> roots = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> roots.add(parameter.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                addContent(roots, operation.getRequestBody().getContent());
            }
            operation.getResponses().getAPIResponses().values().forEach((APIResponse response) -> addContent(roots, response.getContent()));
        }));
        Set<String> reached = reachable(openAPI.getComponents().getSchemas(), roots);
        new ArrayList<>(openAPI.getComponents().getSchemas().keySet()).stream().filter(name -> !reached.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    /**
     * Every property of what the service sends is always there (JSON null where it has no value), so answers'
     * schemas list them all as required, and generated clients type them as present. Schemas a request body
     * reaches are left as written (what a client may leave out), and so are properties marked {@link #OMITTED}
     * (sent only with another parameter).
     */
    private static void requireSentProperties(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        List<Schema> inputs = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                addContent(inputs, operation.getRequestBody().getContent());
            }
        }));
        Set<String> written = reachable(components, inputs);
        components.forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            List<String> required = new ArrayList<>();
            Set<String> omitted = SENT_ONLY_WHEN_ASKED.getOrDefault(name, Set.of());
            schema.getProperties().forEach((property, propertySchema) -> {
                if (omitted.contains(property)) {
                    propertySchema.addExtension(OMITTED, "true");
                } else if (!written.contains(name)) {
                    required.add(property);
                }
            });
            if (!written.contains(name)) {
                schema.setRequired(required);
            }
        });
    }

    /** The component schemas {@code roots} lead to, through properties, items and compositions. */
    private static Set<String> reachable(Map<String, Schema> components, List<Schema> roots) {
        Set<String> reached = new HashSet<>();
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF)
                    && reached.add(schema.getRef().substring(SCHEMA_REF.length()))) {
                pending.add(components.get(schema.getRef().substring(SCHEMA_REF.length())));
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    pending.addAll(group);
                }
            }
        }
        return reached;
    }

    private static void addContent(List<Schema> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            for (Map.Entry<String, org.eclipse.microprofile.openapi.models.media.MediaType> entry : content.getMediaTypes().entrySet()) {
                pending.add(entry.getValue().getSchema());
            }
        }
    }
}
