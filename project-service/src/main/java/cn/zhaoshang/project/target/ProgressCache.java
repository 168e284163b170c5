package cn.zhaoshang.project.target;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers recent city-wide progress reports, keyed by year, day and a data version that changes with every
 * change to projects (each writes an outbox row) or targets. A report is therefore never stale, on any
 * replica: a change anywhere makes a new key. Reads between changes cost one small query.
 */
@ApplicationScoped
public class ProgressCache {

    private static final int ENTRIES = 32;

    record Key(int year, LocalDate asOf, ProgressBasis basis, String dataVersion) {
    }

    private final Map<Key, ProgressReport> reports = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ProgressReport> eldest) {
            return size() > ENTRIES;
        }
    };

    ProgressReport get(Key key, Supplier<ProgressReport> compute) {
        synchronized (reports) {
            ProgressReport cached = reports.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ProgressReport report = compute.get();
        synchronized (reports) {
            reports.put(key, report);
        }
        return report;
    }
}
