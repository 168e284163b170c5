package cn.zhaoshang.chassis.problem;

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
import java.util.function.Predicate;

/**
 * Failures that surface deep in JDBC but are not the server's fault, turned from a 500 into what they are:
 * <ul>
 * <li>PostgreSQL down or restarting: 503 with Retry-After, the same request will work once the database is
 * back (readiness reports the outage too);</li>
 * <li>a value PostgreSQL cannot store (a NUL character, U+0000, or a date or number beyond its range) in a
 * query parameter or a body field: 400, it is the client's input;</li>
 * <li>a unique key taken by a request that committed first (two registrations of one credit code, two first
 * saves of one user's preferences racing): 409, as when the service finds the duplicate itself.</li>
 * </ul>
 */
@ApplicationScoped
public class DatabaseErrors implements ProblemPostProcessor {

    static final int RETRY_AFTER_SECONDS = 5;
    /** SQLSTATE class 08 is a connection failure; 57P01-57P03 are the server shutting down or starting up. */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");
    /**
     * 22021 character not in repertoire (NUL in UTF-8 text), 22P05 untranslatable character, 22008 date/time out
     * of range, 22003 number out of range, 22001 a text longer than its column (a limit validation missed).
     */
    private static final Set<String> UNSTORABLE = Set.of("22021", "22P05", "22008", "22003", "22001");
    /** 23505 unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Before the library's logger (101), so the log shows the status the client gets. */
    @Override
    public int priority() {
        return 200;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 500) {
            return problem;
        }
        if (isDatabaseUnreachable(context.cause)) {
            return HttpProblem.builder(problem)
                    .withStatus(503)
                    .withType(URI.create("https://zhaoshang.cn/problems/database-unavailable"))
                    .withTitle("Service Unavailable")
                    .withDetail("The database cannot be reached just now. Try again shortly.")
                    .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        if (hasUnstorableValue(context.cause)) {
            return HttpProblem.builder(problem)
                    .withStatus(400)
                    .withType(URI.create("https://zhaoshang.cn/problems/unstorable-value"))
                    .withTitle("Bad Request")
                    .withDetail("The request contains a value that cannot be stored (a U+0000 character, a date or number"
                            + " out of range, or a text too long); nothing was changed")
                    .build();
        }
        if (isUniqueViolation(context.cause)) {
            return HttpProblem.builder(problem)
                    .withStatus(409)
                    .withType(URI.create("https://zhaoshang.cn/problems/conflict"))
                    .withTitle("Conflict")
                    .withDetail("Another request saved the same thing a moment earlier; nothing was changed. Read it again"
                            + " before trying once more")
                    .build();
        }
        return problem;
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return anywhereIn(failure, f -> UNIQUE_VIOLATION.equals(sqlState(f)));
    }

    public static boolean isDatabaseUnreachable(Throwable failure) {
        return anywhereIn(failure, f -> f instanceof org.hibernate.exception.JDBCConnectionException
                || f instanceof ConnectException
                || sqlState(f) != null && (sqlState(f).startsWith("08") || SERVER_GOING_OR_COMING.contains(sqlState(f))));
    }

    public static boolean hasUnstorableValue(Throwable failure) {
        return anywhereIn(failure, f -> sqlState(f) != null && UNSTORABLE.contains(sqlState(f)));
    }

    private static String sqlState(Throwable failure) {
        return failure instanceof SQLException sql ? sql.getSQLState() : null;
    }

    /**
     * Looks through causes and suppressed exceptions: a failed commit reports the driver's error as suppressed
     * by the transaction manager's own exception, not as its cause.
     */
    private static boolean anywhereIn(Throwable failure, Predicate<Throwable> test) {
        return anywhereIn(failure, test, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean anywhereIn(Throwable failure, Predicate<Throwable> test, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (test.test(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (anywhereIn(suppressed, test, seen)) {
                return true;
            }
        }
        return anywhereIn(failure.getCause(), test, seen);
    }
}
