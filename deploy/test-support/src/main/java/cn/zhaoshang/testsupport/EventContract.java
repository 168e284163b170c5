package cn.zhaoshang.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The AsyncAPI document of {@code deploy/contracts} ({@code asyncapi.yaml}) as a checker: a record produced on a
 * topic must match the payload schema of that channel's message, and its key the message's Kafka key schema.
 * Tests of the producers run every record they see through it, so the document cannot drift from the code.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = load();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final Map<String, Schema> BY_TOPIC = new HashMap<>();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private EventContract() {
    }

    /** The topics the document describes an event payload for. */
    public static List<String> eventTopics() {
        List<String> topics = new ArrayList<>();
        DOCUMENT.path("channels").forEach(channel -> {
            if (payloadRef(channel) != null) {
                topics.add(channel.path("address").asText());
            }
        });
        return topics;
    }

    /** What is wrong with a record's value (and key) for its topic; empty when it conforms. */
    public static List<String> violations(String topic, String key, String value) {
        List<String> wrong = new ArrayList<>();
        if (key == null || !UUID.matcher(key).matches()) {
            wrong.add("key: " + key + " is not a project id (a UUID)");
        }
        JsonNode event;
        try {
            event = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            wrong.add("value: not JSON");
            return wrong;
        }
        for (Error error : schemaOf(topic).validate(event)) {
            wrong.add(error.toString());
        }
        return wrong;
    }

    /** Throws, naming every mismatch, unless the record conforms to the document. */
    public static void assertConforms(String topic, String key, String value) {
        List<String> wrong = violations(topic, key, value);
        if (!wrong.isEmpty()) {
            throw new AssertionError("a record on " + topic + " does not match asyncapi.yaml: " + wrong + "\n" + value);
        }
    }

    private static synchronized Schema schemaOf(String topic) {
        return BY_TOPIC.computeIfAbsent(topic, t -> {
            for (JsonNode channel : DOCUMENT.path("channels")) {
                if (channel.path("address").asText().equals(t) && payloadRef(channel) != null) {
                    // the whole document, so that references resolve, validated as the message's payload schema
                    ObjectNode root = DOCUMENT.deepCopy();
                    root.put("$ref", payloadRef(channel));
                    return SCHEMAS.getSchema(root);
                }
            }
            throw new IllegalArgumentException("asyncapi.yaml describes no event payload on topic " + t);
        });
    }

    /** {@code #/components/schemas/…} of the channel's message payload, or null when it is no JSON event. */
    private static String payloadRef(JsonNode channel) {
        for (JsonNode message : channel.path("messages")) {
            String ref = message.path("$ref").asText("");
            JsonNode resolved = DOCUMENT.at(ref.replaceFirst("^#", ""));
            String payload = resolved.path("payload").path("$ref").asText(null);
            if (payload != null) {
                return payload;
            }
        }
        return null;
    }

    private static JsonNode load() {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("asyncapi.yaml (deploy/contracts) is not on the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
