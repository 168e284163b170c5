package cn.zhaoshang.assist.ticket;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one action did to a ticket, as the aggregate decided it: the timeline entry to write (who, what, the
 * text people read, whether it stays within the team) and, through {@link TimelineAction#event()}, the event
 * with {@code detail} as its {@code change}.
 */
public record TicketChange(TimelineAction action, String actor, boolean internal, String body, Map<String, Object> detail) {

    public TicketChange {
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    static TicketChange of(TimelineAction action, String actor, String body, Map<String, Object> detail) {
        return new TicketChange(action, actor, false, body, detail);
    }
}
