package cn.zhaoshang.notify.supervision;

import java.time.LocalDate;
import java.util.Map;

/**
 * A district's daily brief (日通报) for one day: its title and text as supervisors read them, the counts behind
 * them, and whether it has gone out to the inboxes yet (today's goes out tomorrow at the brief time).
 */
public record BriefView(String district, LocalDate day, String title, String body, Map<BriefLedger.Kind, Long> counts,
                        boolean sent) {
}
