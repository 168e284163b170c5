package cn.zhaoshang.project.target;

import cn.zhaoshang.chassis.cache.VersionedCache;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Remembers recent city-wide progress reports by year, day and basis, each with the data version it was computed at
 * ({@link cn.zhaoshang.project.registry.ProjectDataVersion}: any write to projects, milestones, reports or targets
 * moves it on). A report is served again only at the same version and for at most {@link #MAX_AGE}, on any replica.
 * Reads between changes cost one small query.
 */
@ApplicationScoped
public class ProgressCache {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    record Key(int year, LocalDate asOf, ProgressBasis basis) {
    }

    private final VersionedCache<Key, ProgressReport> reports = new VersionedCache<>(32, MAX_AGE);

    ProgressReport get(Key key, long dataVersion, Supplier<ProgressReport> compute) {
        return reports.get(key, dataVersion, compute);
    }
}
