package cn.zhaoshang.project.ledger;

/** A file that cannot be read as a ledger at all, with the HTTP status and a sentence in Chinese saying what to do. */
public class LedgerFileRefused extends RuntimeException {

    private final int status;
    private final String type;

    LedgerFileRefused(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    static LedgerFileRefused unsupported(String message) {
        return new LedgerFileRefused(415, "unsupported-file", message);
    }

    static LedgerFileRefused unreadable(String message) {
        return new LedgerFileRefused(400, "unreadable-file", message);
    }

    static LedgerFileRefused tooLarge(String message) {
        return new LedgerFileRefused(413, "too-large", message);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
