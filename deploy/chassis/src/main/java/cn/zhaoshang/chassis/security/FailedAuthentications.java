package cn.zhaoshang.chassis.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications (answers 401) per client address in fixed windows; an address with more than
 * {@code maxFailures} in one window is held off until the window's end plus {@code holdOff}. Plain Java; one
 * instance per service process (each replica counts what it sees). Memory stays bounded: past windows are
 * forgotten when the table grows beyond {@code maxAddresses}.
 */
public final class FailedAuthentications {

    private record Window(Instant start, int failures, Instant heldUntil) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration holdOff;
    private final int maxAddresses;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public FailedAuthentications(int maxFailures, Duration window, Duration holdOff, int maxAddresses) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.holdOff = holdOff;
        this.maxAddresses = maxAddresses;
    }

    /** One more failed authentication from {@code address}. */
    public void failed(String address, Instant now) {
        if (windows.size() >= maxAddresses) {
            forgetPast(now);
        }
        windows.compute(address, (key, current) -> {
            Window open = current == null || !now.isBefore(current.start().plus(window))
                    ? new Window(now, 0, current == null ? null : current.heldUntil()) : current;
            int failures = open.failures() + 1;
            Instant heldUntil = failures > maxFailures ? open.start().plus(window).plus(holdOff) : open.heldUntil();
            return new Window(open.start(), failures, heldUntil);
        });
    }

    /** How long {@code address} is still held off, if it is. */
    public Optional<Duration> heldOff(String address, Instant now) {
        Window current = windows.get(address);
        if (current == null || current.heldUntil() == null || !now.isBefore(current.heldUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.heldUntil()));
    }

    private void forgetPast(Instant now) {
        windows.entrySet().removeIf(e -> !now.isBefore(e.getValue().start().plus(window))
                && (e.getValue().heldUntil() == null || !now.isBefore(e.getValue().heldUntil())));
        if (windows.size() >= maxAddresses) {
            windows.clear(); // a flood of addresses: start over rather than grow
        }
    }
}
