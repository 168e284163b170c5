package cn.zhaoshang.project.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * While PostgreSQL is down or restarting, a request fails deep in JDBC; without this the client would see a
 * 500. It is a 503 with Retry-After: the same request will work once the database is back (readiness
 * reports the outage too).
 */
@ApplicationScoped
public class DatabaseOutage implements ProblemPostProcessor {

    static final int RETRY_AFTER_SECONDS = 5;
    /** SQLSTATE class 08 is a connection failure; 57P01-57P03 are the server shutting down or starting up. */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    /** Before the library's logger (101), so the log shows the status the client gets. */
    @Override
    public int priority() {
        return 200;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 500 || !isDatabaseUnreachable(context.cause)) {
            return problem;
        }
        return HttpProblem.builder(problem)
                .withStatus(503)
                .withType(URI.create("https://zhaoshang.cn/problems/database-unavailable"))
                .withTitle("Service Unavailable")
                .withDetail("The database cannot be reached just now. Try again shortly.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * Looks through causes and suppressed exceptions: a failed commit reports the driver's error as suppressed
     * by the transaction manager's own exception, not as its cause.
     */
    public static boolean isDatabaseUnreachable(Throwable failure) {
        return isDatabaseUnreachable(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isDatabaseUnreachable(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof org.hibernate.exception.JDBCConnectionException || failure instanceof ConnectException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isDatabaseUnreachable(suppressed, seen)) {
                return true;
            }
        }
        return isDatabaseUnreachable(failure.getCause(), seen);
    }
}
