package cn.zhaoshang.notify.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Whether a user gets a notification by e-mail, and when (无事不扰). Plain Java.
 * <ul>
 *   <li>No e-mail address, no e-mail. A kind the user has configured follows their choice; otherwise urgent
 *       notifications are e-mailed and the rest stay in the inbox.</li>
 *   <li>Urgent ones (breaches, escalations) go at once. Others wait for the end of quiet hours, or, in daily
 *       digest mode, for the next digest time, when they go together in one e-mail.</li>
 * </ul>
 */
public final class DeliveryRules {

    public enum Digest {
        IMMEDIATE, DAILY
    }

    /** When to make the first attempt, and whether it is a digest entry. */
    public record Timing(boolean digest, Instant at) {
    }

    private DeliveryRules() {
    }

    public static boolean wantsEmail(String kind, boolean urgent, String email, Map<String, List<Channel>> choices) {
        if (email == null || email.isBlank()) {
            return false;
        }
        List<Channel> chosen = choices.get(kind);
        return chosen != null ? chosen.contains(Channel.EMAIL) : urgent;
    }

    /** A webhook hears of the kinds it was registered for; none listed means every kind. */
    public static boolean webhookWants(List<String> kinds, String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    public static Timing firstAttempt(boolean urgent, QuietHours quiet, Digest digest, LocalTime digestTime,
                                      Instant now, ZoneId zone) {
        if (urgent) {
            return new Timing(false, now);
        }
        if (digest == Digest.DAILY) {
            ZonedDateTime local = now.atZone(zone);
            ZonedDateTime next = local.with(digestTime);
            return new Timing(true, (next.isAfter(local) ? next : next.plusDays(1)).toInstant());
        }
        return new Timing(false, quiet == null ? now : quiet.nextAllowed(now, zone));
    }
}
