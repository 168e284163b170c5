package cn.zhaoshang.chassis.problem;

/**
 * A refusal with its own status and problem type, for what the other problem exceptions do not name (a file that is
 * not a spreadsheet: 415; one that inflates beyond reason: 413). The message is the problem's detail, for a person.
 */
public class Refused extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    public Refused(int status, String type, String title, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The last segment of the problem type URI, e.g. {@code unsupported-file}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
