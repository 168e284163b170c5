package cn.zhaoshang.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.EngineConfiguration;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.ValueResolver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Lets pages read the APIs' JSON as it comes ({@code {ticket.title}}, {@code {#for t in tickets}}): a field becomes a
 * string, number, boolean or nested node; a missing or null field is null; arrays know {@code size} and
 * {@code isEmpty}; an array inside a node becomes a list of such values.
 */
@EngineConfiguration
public class JsonValues implements ValueResolver {

    @Override
    public boolean appliesTo(EvalContext context) {
        return context.getBase() instanceof JsonNode;
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        return CompletableFuture.completedFuture(value((JsonNode) context.getBase(), context.getName()));
    }

    static Object value(JsonNode base, String name) {
        if (base.isArray()) {
            switch (name) {
                case "size":
                    return base.size();
                case "isEmpty":
                case "empty":
                    return base.isEmpty();
                default:
                    return null;
            }
        }
        return plain(base.get(name));
    }

    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            java.util.List<Object> items = new java.util.ArrayList<>(node.size());
            node.forEach(item -> items.add(item.isObject() ? item : plain(item)));
            return items;
        }
        return node;
    }
}
