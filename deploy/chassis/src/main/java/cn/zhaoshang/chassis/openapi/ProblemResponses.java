package cn.zhaoshang.chassis.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Completes each service's OpenAPI document with the answers every operation can give besides its own, so a client
 * generated from it knows them: 400 where there is anything to get wrong, 401/403/429 where a token is required, 404
 * where the path names an object, 503 everywhere — each with the problem+json schema the services send. Run at build
 * time ({@code mp.openapi.filter}); an operation's own description of one of these codes is kept.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "#/components/schemas/HttpProblem";
    static final String VALIDATION_PROBLEM = "#/components/schemas/HttpValidationProblem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The header of a creating call a client may retry ({@code @Idempotent}); operations name it by reference. */
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    /** The header of a conditional GET ({@code @Revalidated}); operations name it by reference. */
    static final String IF_NONE_MATCH = "IfNoneMatch";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addParameter(IDEMPOTENCY_KEY, OASFactory.createParameter().name("Idempotency-Key")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                .description("Any unique text (a UUID) per intended request: a retry with the same key and body within 24 hours"
                        + " gets the first answer again (marked Idempotent-Replayed: true) and changes nothing")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .minLength(1).maxLength(255)));
        api.getComponents().addParameter(IF_NONE_MATCH, OASFactory.createParameter().name("If-None-Match")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                .description("The ETag of the copy the client holds: 304 without a body if it is still current")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (hasInput) {
            ensure(responses, "400", "Invalid input: the problem's violations name each field and what is wrong with it");
        }
        if (secured) {
            ensure(responses, "401", "No valid bearer token (missing, expired, not for this API, or not yet valid)");
            ensure(responses, "403", "The caller's role may not do this");
            ensure(responses, "429", "Too many refused tokens from this address; Retry-After says when to try again");
        }
        if (path.contains("{")) {
            ensure(responses, "404", "Nothing by that name among what the caller may see");
        }
        ensure(responses, "503", "The database or the message broker cannot be reached just now; try again later");
        if (names(operation, IDEMPOTENCY_KEY)) {
            ensure(responses, "409", "The first request with this Idempotency-Key has not been answered yet; retry later");
            ensure(responses, "422", "This Idempotency-Key was used for a different request");
        }
        if (names(operation, IF_NONE_MATCH)) {
            ensure(responses, "304", "Not modified: the copy with the ETag sent in If-None-Match is current");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String code = response.getKey();
            if ((code.startsWith("4") || code.startsWith("5")) && response.getValue().getContent() == null) {
                String schema = "400".equals(code) ? VALIDATION_PROBLEM : PROBLEM;
                response.getValue().setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema))));
            }
        }
    }

    private static boolean names(Operation operation, String parameter) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> ("#/components/parameters/" + parameter).equals(p.getRef()));
    }

    private static void ensure(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
