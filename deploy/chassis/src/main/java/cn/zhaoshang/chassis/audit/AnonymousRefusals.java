package cn.zhaoshang.chassis.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps refused anonymous calls from flooding the audit trail: per client address, one is written per interval and
 * the others are counted, the count going into the next one written ({@code repeats}). Plain Java, per process.
 */
public final class AnonymousRefusals {

    private record Seen(Instant lastWritten, int notWritten) {
    }

    private final Duration interval;
    private final int maxAddresses;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    public AnonymousRefusals(Duration interval, int maxAddresses) {
        this.interval = interval;
        this.maxAddresses = maxAddresses;
    }

    /** The number of earlier refusals this entry stands for, if it is to be written; empty if only counted. */
    public OptionalInt admit(String address, Instant now) {
        if (seen.size() >= maxAddresses) {
            seen.clear(); // a flood of addresses: forget, and write the next of each again
        }
        int[] repeats = {-1};
        seen.compute(address == null ? "unknown" : address, (key, before) -> {
            if (before == null || !now.isBefore(before.lastWritten().plus(interval))) {
                repeats[0] = before == null ? 0 : before.notWritten();
                return new Seen(now, 0);
            }
            return new Seen(before.lastWritten(), before.notWritten() + 1);
        });
        return repeats[0] < 0 ? OptionalInt.empty() : OptionalInt.of(repeats[0]);
    }
}
