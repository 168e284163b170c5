package cn.zhaoshang.chassis.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class VersionedCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final VersionedCache<String, Integer> cache = new VersionedCache<>(2, Duration.ofSeconds(5), nanos::get);

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void aValueIsServedAgainWhileTheVersionStaysAndItIsYoung() {
        assertThat(cache.get("a", 7L, this::compute)).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(cache.get("a", 7L, this::compute)).isEqualTo(1);
    }

    @Test
    void aNewVersionComputesAgain() {
        cache.get("a", 7L, this::compute);
        assertThat(cache.get("a", 8L, this::compute)).isEqualTo(2);
        assertThat(cache.get("a", 8L, this::compute)).isEqualTo(2);
    }

    @Test
    void anOldValueIsComputedAgainEvenAtTheSameVersion() {
        cache.get("a", 7L, this::compute);
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(cache.get("a", 7L, this::compute)).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedKeyGoesBeyondCapacity() {
        cache.get("a", 1L, this::compute);
        cache.get("b", 1L, this::compute);
        cache.get("a", 1L, this::compute);
        cache.get("c", 1L, this::compute);
        assertThat(cache.get("a", 1L, this::compute)).isEqualTo(1);
        assertThat(cache.get("b", 1L, this::compute)).isEqualTo(4);
    }

    @Test
    void aCacheOfNoEntriesComputesEveryValue() {
        VersionedCache<String, Integer> off = new VersionedCache<>(0, Duration.ofSeconds(5), nanos::get);
        off.get("a", 1L, this::compute);
        assertThat(off.get("a", 1L, this::compute)).isEqualTo(2);
    }
}
