package cn.zhaoshang.project.ledger;

import cn.zhaoshang.chassis.problem.Refused;

/** A file that cannot be read as a ledger at all, with a sentence in Chinese saying what to do. */
public class LedgerFileRefused extends Refused {

    private LedgerFileRefused(int status, String type, String title, String message) {
        super(status, type, title, message);
    }

    static LedgerFileRefused unsupported(String message) {
        return new LedgerFileRefused(415, "unsupported-file", "Unsupported Media Type", message);
    }

    static LedgerFileRefused unreadable(String message) {
        return new LedgerFileRefused(400, "unreadable-file", "Bad Request", message);
    }

    static LedgerFileRefused tooLarge(String message) {
        return new LedgerFileRefused(413, "too-large", "Content Too Large", message);
    }
}
