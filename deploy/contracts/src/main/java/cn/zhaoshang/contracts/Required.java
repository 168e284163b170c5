package cn.zhaoshang.contracts;

/** Checks of what a payload must carry; the message names the field, for the dead-letter topic's reason. */
public final class Required {

    private Required() {
    }

    public static <T> T field(T value, String name) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("event data lacks '" + name + "'");
        }
        return value;
    }
}
