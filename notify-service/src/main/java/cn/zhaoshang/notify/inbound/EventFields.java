package cn.zhaoshang.notify.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading required fields of event data, with a message that names the missing one (for the dead-letter topic). */
final class EventFields {

    private EventFields() {
    }

    static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("event data lacks '" + field + "'");
        }
        return value.asText();
    }
}
