package cn.zhaoshang.chassis.problem;

import java.util.Map;

/** 409: the request is well-formed but clashes with the current state. */
public class Conflict extends RuntimeException {

    private final Map<String, Object> details;

    public Conflict(String message) {
        this(message, Map.of());
    }

    public Conflict(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }
}
