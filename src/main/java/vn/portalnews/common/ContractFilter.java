package vn.portalnews.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every operation that needs a bearer token can answer 401, and all but the user's own account routes 403;
 * the contract says so once here instead of on every resource.
 */
public class SecuredResponsesFilter implements OASFilter {

    private static final String OWN_ACCOUNT = "/api/v1/auth/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                return;
            }
            addIfMissing(operation, "401", "Not signed in, or the token is invalid, expired or revoked");
            if (!path.startsWith(OWN_ACCOUNT)) {
                addIfMissing(operation, "403", "Your role does not allow this: a role on the site for editor routes, ADMIN for admin routes");
            }
        }));
    }

    private static void addIfMissing(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
