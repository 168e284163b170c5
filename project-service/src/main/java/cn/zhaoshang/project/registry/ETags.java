package cn.zhaoshang.project.registry;

import cn.zhaoshang.chassis.problem.VersionMismatch;

/** Reads the version out of an {@code If-Match} header: {@code "3"}, {@code W/"3"} or a bare 3. */
public final class ETags {

    private ETags() {
    }

    /** Null when the header is absent; a value that names no version can never match. */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw VersionMismatch.unreadable();
        }
    }
}
