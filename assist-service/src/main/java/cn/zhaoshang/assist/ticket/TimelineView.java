package cn.zhaoshang.assist.ticket;

import java.time.Instant;

public record TimelineView(Instant at, String actor, String action, boolean internal, String body, Status status) {

    static TimelineView of(TimelineEntry e) {
        return new TimelineView(e.at, e.actor, e.action, e.internal, e.body, e.status);
    }
}
