package cn.zhaoshang.notify.inbox;

import java.util.UUID;

/**
 * Fired, synchronously and in the storing transaction, for each notification the inbox newly stored; the
 * delivery side plans e-mail and webhook deliveries from it, so the inbox need not know the channels.
 */
public record NotificationStored(UUID notificationId, Draft draft) {
}
