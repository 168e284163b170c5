package cn.zhaoshang.notify.inbox;

import java.util.UUID;

/** A notification a rule wants sent: to whom, what kind, how urgent, and the Chinese title and text. */
public record Draft(Audience audience, String audienceKey, NotificationKind kind, Urgency urgency, String title, String body,
                    UUID projectId, UUID ticketId) {

    public enum Urgency {
        NORMAL, URGENT
    }
}
