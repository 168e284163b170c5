package cn.zhaoshang.console.api;

import java.util.List;

/**
 * A service refused or failed a call (its problem+json), or did not answer; {@link #sentence()} is what the person
 * reads.
 *
 * @param status     the HTTP status, or 0 when the service did not answer
 * @param violations the fields the service named as wrong, each "field: message"
 */
public class ApiProblem extends RuntimeException {

    private final Service service;
    private final int status;
    private final String detail;
    private final List<String> violations;

    public ApiProblem(Service service, int status, String title, String detail, List<String> violations) {
        super(service + " answered " + status + ": " + title + (detail == null ? "" : " (" + detail + ")"));
        this.service = service;
        this.status = status;
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    public Service service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public List<String> violations() {
        return violations;
    }

    /** The sentence a person reads: what happened and what to do. */
    public String sentence() {
        return ProblemSentences.of(this);
    }
}
