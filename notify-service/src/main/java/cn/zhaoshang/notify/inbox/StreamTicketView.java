package cn.zhaoshang.notify.inbox;

import java.time.Instant;

/** A stream ticket as handed out: use {@code streamUrl} (relative to this service) once, before {@code expiresAt}. */
public record StreamTicketView(String ticket, Instant expiresAt, String streamUrl) {
}
