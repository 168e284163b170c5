package cn.zhaoshang.chassis.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A thread-safe map of at most {@code capacity} entries that lets the least recently used one go when it is full; a
 * capacity of 0 holds nothing. The memory under the chassis' caches.
 */
public final class LeastRecentlyUsed<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    public LeastRecentlyUsed(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(capacity, 1), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LeastRecentlyUsed.this.capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        if (capacity > 0) {
            entries.put(key, value);
        }
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }
}
