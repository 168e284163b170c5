package cn.zhaoshang.notify.delivery;

import java.time.Instant;
import java.util.UUID;

/** One claimed delivery with the notification it carries: what a sender needs, read in one go. */
record Outgoing(UUID deliveryId, Channel channel, String target, boolean digest, int attempts, UUID notificationId,
                String kind, String urgency, String title, String body, UUID projectId, UUID ticketId,
                Instant createdAt, long sequence) {
}
