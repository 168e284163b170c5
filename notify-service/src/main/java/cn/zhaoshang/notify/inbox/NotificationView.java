package cn.zhaoshang.notify.inbox;

import java.time.Instant;
import java.util.UUID;

/** A notification as its reader sees it; {@code readAt} is null while unread. */
public record NotificationView(UUID id, String kind, String urgency, String title, String body, UUID projectId,
                               UUID ticketId, Instant createdAt, Instant readAt, long sequence) {
}
