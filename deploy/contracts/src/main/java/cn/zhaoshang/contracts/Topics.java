package cn.zhaoshang.contracts;

/** The topics; each consumer has its own dead-letter topic, named {@code <consumer>.<topic with dashes>.dlq}. */
public final class Topics {

    /** project-service's events, keyed by project id. */
    public static final String PROJECT_EVENTS = "project.events";
    /** assist-service's ticket events, keyed by the ticket's project id. */
    public static final String ASSIST_EVENTS = "assist.events";

    private Topics() {
    }
}
