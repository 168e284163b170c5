package cn.zhaoshang.chassis.problem;

/** 412 when the {@code If-Match} version is stale, 428 when it is missing. */
public class VersionMismatch extends RuntimeException {

    private final boolean missing;

    private VersionMismatch(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    public static VersionMismatch missing() {
        return new VersionMismatch("send If-Match with the ETag you read, so that concurrent edits are not lost", true);
    }

    public static VersionMismatch stale(long current) {
        return new VersionMismatch("it changed since you read it; it is now at version " + current, false);
    }

    public static VersionMismatch unreadable() {
        return new VersionMismatch("If-Match carries no version this service issued; send the ETag you read", false);
    }

    public boolean isMissing() {
        return missing;
    }
}
