package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Generates hostile requests for an OpenAPI operation: its path and query parameters and its JSON body built
 * from the schema, then bent (wrong types, missing and unknown fields, huge and injected strings, absurd
 * numbers and dates, ids that are not ids), or replaced by malformed JSON, invalid UTF-8, an oversized or
 * deeply nested body, or the wrong content type. Deterministic for a given {@link Random}.
 */
final class RequestFuzzer {

    /** The services' documented body limit (quarkus.http.limits.max-body-size). */
    static final int BODY_LIMIT = 1024 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_STRINGS = List.of("", " ", "x".repeat(100_000), "' OR '1'='1", "'; DROP TABLE project;--",
            "<script>alert(1)</script>", "../../etc/passwd", "\u0000", "😀😀", "中文字符", "null", "-1", "1e309", "NaN",
            "2026-02-30", "9999-12-31", "0001-01-01", "+999999999-12-31", "  padded  ", "\n\r\t", "${jndi:ldap://x/a}",
            "91320800MA20TL004X", "{{7*7}}", "%00", "true", "[]", "{}");
    private static final List<Object> HOSTILE_NUMBERS = List.of(0, -1, -0.01, 1e30, 1e-30, 10000, Integer.MAX_VALUE, Long.MIN_VALUE,
            new java.math.BigDecimal("123456789012345678901234567890.123456789"), 3.14159);
    private static final List<String> RAW_PATH_SEGMENTS = List.of("%C3%28", "%FF%FE", "..%2F..%2F", "a%2Fb", "%20");
    private static final List<String> MALFORMED_JSON = List.of("{\"a\":", "{", "[1,2", "nul", "{\"title\": \"x\"", "{'single': 'quotes'}",
            "{\"a\":1,}", "\u0000\u0001");

    record Parameter(String name, String in, JsonNode schema) {
    }

    /** {@code streaming}: a successful answer is an endless event stream, so only its head is read. */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema, JsonNode components,
                     boolean streaming) {
    }

    record Generated(String method, String pathAndQuery, byte[] body, String contentType, Optional<String> token,
                     String description, boolean streaming) {
    }

    private final Random random;
    private final Map<String, List<String>> knownIds;
    private final List<Optional<String>> tokens;

    RequestFuzzer(Random random, Map<String, List<String>> knownIds, List<Optional<String>> tokens) {
        this.random = random;
        this.knownIds = knownIds;
        this.tokens = tokens;
    }

    Map<String, List<String>> knownIds() {
        return knownIds;
    }

    static List<Operation> operations(JsonNode openApi) {
        List<Operation> operations = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                return;
            }
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode p : method.getValue().path("parameters")) {
                parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("schema")));
            }
            JsonNode body = method.getValue().path("requestBody").path("content").path("application/json").path("schema");
            boolean streaming = method.getValue().path("responses").path("200").path("content").has("text/event-stream");
            operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters,
                    body.isMissingNode() ? null : body, openApi.path("components"), streaming));
        }));
        return operations;
    }

    /**
     * The longest request target a generated request has: the HTTP layer answers a request line over 4 KB with a
     * bare 414 and closes the connection, by design (see the README), so longer ones test nothing of ours.
     */
    static final int MAX_TARGET = 3_900;

    Generated generate(Operation operation) {
        Generated request;
        do {
            request = draw(operation);
        } while (request.pathAndQuery().length() > MAX_TARGET);
        return request;
    }

    private Generated draw(Operation operation) {
        List<String> notes = new ArrayList<>();
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", pathValue(parameter, operation.components()));
            } else if (parameter.in().equals("query") && random.nextDouble() < 0.6) {
                query.append(query.length() == 0 ? "?" : "&").append(parameter.name()).append('=')
                        .append(encode(text(parameterValue(parameter.schema(), operation.components()))));
            }
        }
        if (random.nextDouble() < 0.1) {
            query.append(query.length() == 0 ? "?" : "&").append("unknownParam=").append(encode(urlText()));
            notes.add("unknown query parameter");
        }
        byte[] body = null;
        String contentType = null;
        boolean takesBody = operation.bodySchema() != null || (!operation.method().equals("GET") && random.nextDouble() < 0.1);
        if (takesBody) {
            contentType = "application/json";
            double kind = random.nextDouble();
            if (kind < 0.6) {
                JsonNode value = operation.bodySchema() == null ? NODES.objectNode() : fromSchema(operation.bodySchema(), operation.components(), 0);
                if (random.nextDouble() < 0.5) {
                    value = bend(value, notes);
                }
                body = value.toString().getBytes(StandardCharsets.UTF_8);
                notes.add("schema body");
            } else if (kind < 0.68) {
                body = pick(MALFORMED_JSON).getBytes(StandardCharsets.UTF_8);
                notes.add("malformed JSON");
            } else if (kind < 0.74) {
                body = pick(List.of("[]", "\"text\"", "42", "null", "true")).getBytes(StandardCharsets.UTF_8);
                notes.add("JSON of another type");
            } else if (kind < 0.78) {
                body = new byte[0];
                notes.add("empty body");
            } else if (kind < 0.83) {
                body = invalidUtf8(operation);
                notes.add("invalid UTF-8");
            } else if (kind < 0.86) {
                body = ("{\"title\":\"" + "a".repeat(BODY_LIMIT + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
                notes.add("body over the limit");
            } else if (kind < 0.9) {
                body = ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
                notes.add("nested 5000 deep");
            } else {
                contentType = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"));
                body = "title=x&<a>b</a>".getBytes(StandardCharsets.UTF_8);
                notes.add("wrong content type " + contentType);
            }
        }
        Optional<String> token = pick(tokens);
        notes.add(token.isEmpty() ? "no token" : "token " + tokens.indexOf(token));
        return new Generated(operation.method(), path + query, body, contentType, token, String.join(", ", notes),
                operation.streaming());
    }

    /** Hostile text for a URL: the HTTP layer refuses request lines over 4 KB before the service sees them. */
    private String urlText() {
        String text = pick(HOSTILE_STRINGS);
        return text.length() > 3000 ? text.substring(0, 3000) : text;
    }

    private String pathValue(Parameter parameter, JsonNode components) {
        double kind = random.nextDouble();
        boolean idLike = "uuid".equals(resolve(parameter.schema(), components).path("format").asText())
                || parameter.name().toLowerCase().endsWith("id");
        if (idLike && kind < 0.5) {
            return pick(pick(List.copyOf(knownIds.values())));
        }
        if (kind < 0.6) {
            return encode(text(parameterValue(parameter.schema(), components)));
        }
        if (kind < 0.7) {
            return UUID.randomUUID().toString();
        }
        if (kind < 0.8) {
            return pick(RAW_PATH_SEGMENTS);
        }
        return encode(urlText());
    }

    private JsonNode parameterValue(JsonNode schema, JsonNode components) {
        JsonNode value = random.nextDouble() < 0.6 ? fromSchema(schema, components, 0) : hostile();
        return value.isTextual() && value.asText().length() > 3000 ? NODES.textNode(urlText()) : value;
    }

    /** A value that fits the schema (enums, formats, required fields), with random but plausible content. */
    private JsonNode fromSchema(JsonNode schema, JsonNode components, int depth) {
        JsonNode s = resolve(schema, components);
        if (s.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            s.path("allOf").forEach(part -> {
                JsonNode value = fromSchema(part, components, depth);
                if (value.isObject()) {
                    merged.setAll((ObjectNode) value);
                }
            });
            return merged;
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            JsonNode options = s.has("oneOf") ? s.path("oneOf") : s.path("anyOf");
            return fromSchema(options.get(random.nextInt(options.size())), components, depth);
        }
        if (s.has("enum")) {
            return s.path("enum").get(random.nextInt(s.path("enum").size()));
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                s.path("properties").fields().forEachRemaining(p -> {
                    if (random.nextDouble() < 0.85) {
                        object.set(p.getKey(), fromSchema(p.getValue(), components, depth + 1));
                    }
                });
                if (s.path("additionalProperties").isObject()) {
                    object.set(pick(List.of("SIGNED", "CONSTRUCTION_STARTED", "x")), fromSchema(s.path("additionalProperties"), components, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 4 ? 0 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(fromSchema(s.path("items"), components, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(pick(List.of(0, 1, 3, 12, 2026, 100, -5, 10000)));
            }
            case "number" -> {
                return NODES.numberNode(pick(List.of(new java.math.BigDecimal("1200.50"), new java.math.BigDecimal("0"),
                        new java.math.BigDecimal("-3"), new java.math.BigDecimal("1e12"))));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(stringFor(s));
            }
        }
    }

    private String stringFor(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "uuid" -> random.nextBoolean() ? pick(pick(List.copyOf(knownIds.values()))) : UUID.randomUUID().toString();
            case "date" -> pick(List.of("2026-11-24", "2026-02-28", "2025-01-01", "1900-01-01", "2999-12-31"));
            case "date-time" -> pick(List.of("2026-11-24T08:30:00Z", "1970-01-01T00:00:00Z", "2999-12-31T23:59:59Z"));
            case "email" -> pick(List.of("zhang.wei@example.gov.cn", "not-an-email"));
            case "uri", "url" -> pick(List.of("https://example.com/hook", "http://localhost:1/x", "notaurl"));
            default -> pick(List.of("通灵集团", "etdz", "lianshui", "photovoltaic", "高压线迁改", "2026-10", "zhang.wei", "91320800MA20TL004Y",
                    "a".repeat(250)));
        };
    }

    /** One of: a field made the wrong type or hostile, a field removed, a field nobody knows added. */
    private JsonNode bend(JsonNode value, List<String> notes) {
        if (!value.isObject() || value.isEmpty()) {
            notes.add("hostile instead of the body");
            return hostile();
        }
        ObjectNode object = ((ObjectNode) value).deepCopy();
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        String field = pick(fields);
        double kind = random.nextDouble();
        if (kind < 0.5) {
            object.set(field, hostile());
            notes.add("hostile " + field);
        } else if (kind < 0.75) {
            object.remove(field);
            notes.add("without " + field);
        } else {
            object.set("unknownField" + random.nextInt(10), hostile());
            notes.add("unknown field");
        }
        return object;
    }

    private JsonNode hostile() {
        double kind = random.nextDouble();
        if (kind < 0.5) {
            return NODES.textNode(pick(HOSTILE_STRINGS));
        }
        if (kind < 0.8) {
            Object number = pick(HOSTILE_NUMBERS);
            return number instanceof java.math.BigDecimal d ? NODES.numberNode(d)
                    : number instanceof Double d ? NODES.numberNode(d)
                    : number instanceof Long l ? NODES.numberNode(l) : NODES.numberNode((Integer) number);
        }
        if (kind < 0.9) {
            return kind < 0.85 ? NODES.nullNode() : NODES.booleanNode(true);
        }
        return kind < 0.95 ? NODES.arrayNode().add("x").add(1) : NODES.objectNode().put("nested", "value");
    }

    private byte[] invalidUtf8(Operation operation) {
        JsonNode value = operation.bodySchema() == null ? NODES.objectNode() : fromSchema(operation.bodySchema(), operation.components(), 0);
        String json = value.isObject() && !value.isEmpty() ? value.toString() : "{\"title\":\"x\"}";
        int quote = json.indexOf(":\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (quote < 0) {
            bytes.writeBytes("{\"title\":\"".getBytes(StandardCharsets.UTF_8));
            bytes.write(0xC3);
            bytes.write(0x28);
            bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            return bytes.toByteArray();
        }
        bytes.writeBytes(json.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.writeBytes(json.substring(quote + 2).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components) {
        JsonNode s = schema;
        for (int hops = 0; s.has("$ref") && hops < 10; hops++) {
            String ref = s.path("$ref").asText();
            s = components.path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
