package cn.zhaoshang.chassis.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Remembers values computed from the database, each with the data version it was computed at (for instance a
 * sequence that every write moves on). A value is served again only while the version is
 * unchanged and it is younger than {@code maxAge}: the version makes a change visible to every replica at once,
 * and the age bounds the one case the version misses, a change whose commit lands after a later-numbered one's.
 * Least recently used entries go beyond {@code capacity}; a capacity of 0 computes every value. Thread-safe; a value
 * is computed outside any lock.
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(V value, Object version, long computedAtNanos) {
    }

    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final LeastRecentlyUsed<K, Entry<V>> entries;

    public VersionedCache(int capacity, Duration maxAge) {
        this(capacity, maxAge, System::nanoTime);
    }

    VersionedCache(int capacity, Duration maxAge, LongSupplier nanoTime) {
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
        this.entries = new LeastRecentlyUsed<>(capacity);
    }

    public V get(K key, Object version, Supplier<V> compute) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && Objects.equals(entry.version(), version) && now - entry.computedAtNanos() < maxAgeNanos) {
            return entry.value();
        }
        V value = compute.get();
        entries.put(key, new Entry<>(value, version, now));
        return value;
    }
}
