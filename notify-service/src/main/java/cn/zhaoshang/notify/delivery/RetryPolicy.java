package cn.zhaoshang.notify.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Retries with exponential backoff and jitter: after attempt n the next comes after base·2^(n-1), capped,
 * scaled by a random factor in [0.5, 1.5) so that many failing deliveries do not retry in step. Only
 * temporary failures (5xx, 408, 429, timeouts, connection errors) are retried, and at most {@code maxAttempts} in all.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;

    public RetryPolicy(int maxAttempts, Duration base, Duration cap, DoubleSupplier random) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait before the next attempt, or empty when it is time to give up. */
    public Optional<Duration> nextDelay(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        long exponential = base.toMillis() << Math.min(attemptsMade - 1, 20);
        long capped = Math.min(exponential, cap.toMillis());
        return Optional.of(Duration.ofMillis((long) (capped * (0.5 + random.getAsDouble()))));
    }

    /** Whether an HTTP status is worth another try; -1 stands for "no answer" (timeout, refused). */
    public static boolean temporary(int httpStatus) {
        return httpStatus < 0 || httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    }
}
