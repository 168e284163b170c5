package cn.zhaoshang.notify.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery of one notification on one channel, with each attempt. */
public record DeliveryView(UUID id, UUID notificationId, Channel channel, String target, String recipient, String status,
                           int attempts, Instant nextAttemptAt, Instant sentAt, String lastError, List<Attempt> history) {

    public record Attempt(int attempt, Instant at, String outcome, Integer httpStatus, String error) {
    }
}
