package cn.zhaoshang.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * The structured-mode CloudEvents 1.0 envelope every record on the event topics carries. {@code subject} is
 * the aggregate (a project or a ticket id); the Kafka key is the project id, so one project's events keep
 * their order. Consumers ignore attributes they do not know.
 *
 * @param <D> the payload type of the topic
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent<D>(String specversion, String id, String source, String type, String subject, Instant time,
                            String datacontenttype, D data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Throws when an attribute every consumer relies on is missing: such a record goes to the dead-letter topic. */
    public CloudEvent {
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new IllegalArgumentException("not a CloudEvent: no id or type");
        }
    }
}
