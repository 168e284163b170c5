package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a client team needs from the three OpenAPI documents the builds wrote (the same checks as the recommended
 * @redocly/cli rules that matter for code generation, without npm): a unique operationId per operation, a typed
 * success answer, problem answers, described tags, a server and a license.
 */
class ApiDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationIsReadyForACodeGenerator() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String service : List.of("project-service", "assist-service", "notify-service")) {
            Path file = Path.of(System.getProperty("stack.root", "../.."), service, "target/openapi/openapi.json");
            JsonNode document = JSON.readTree(Files.readString(file));
            Set<String> ids = new HashSet<>();
            if (document.path("servers").isEmpty()) {
                wrong.add(service + ": no server");
            }
            if (document.at("/info/license/identifier").isMissingNode()) {
                wrong.add(service + ": no license identifier");
            }
            document.path("tags").forEach(tag -> {
                if (tag.path("description").asText().isBlank()) {
                    wrong.add(service + ": tag " + tag.path("name").asText() + " has no description");
                }
            });
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                String where = service + " " + method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                String id = operation.path("operationId").asText();
                if (id.isBlank() || !ids.add(id)) {
                    wrong.add(where + ": operationId missing or repeated (" + id + ")");
                }
                JsonNode responses = operation.path("responses");
                boolean success = false;
                for (var answers = responses.fields(); answers.hasNext(); ) {
                    var answer = answers.next();
                    String code = answer.getKey();
                    boolean hasBody = answer.getValue().path("content").size() > 0;
                    if (code.startsWith("2")) {
                        success = true;
                        if (!code.equals("204") && !hasBody) {
                            wrong.add(where + ": " + code + " without a body schema");
                        }
                    }
                    if ((code.startsWith("4") || code.startsWith("5"))
                            && answer.getValue().at("/content/application~1problem+json").isMissingNode()) {
                        wrong.add(where + ": " + code + " is not described as problem+json");
                    }
                }
                if (!success) {
                    wrong.add(where + ": no success answer");
                }
                if (path.getKey().startsWith("/api/") && (!responses.has("401") || !responses.has("503"))) {
                    wrong.add(where + ": 401 or 503 not documented");
                }
            }));
        }
        assertEquals(List.of(), wrong);
    }
}
