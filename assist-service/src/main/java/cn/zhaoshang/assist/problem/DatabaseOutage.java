package cn.zhaoshang.assist.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Set;

/**
 * While PostgreSQL is down or restarting, a request fails deep in JDBC; without this the client would see a
 * 500. It is a 503 with Retry-After: nothing was changed, and the same request will work once the database
 * is back (readiness reports the outage too).
 */
@ApplicationScoped
public class DatabaseOutage implements ProblemPostProcessor {

    static final int RETRY_AFTER_SECONDS = 5;
    /** SQLSTATE class 08 is a connection failure; 57P01-57P03 are the server shutting down or starting up. */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 500 || !isDatabaseUnreachable(context.cause)) {
            return problem;
        }
        return HttpProblem.builder(problem)
                .withStatus(503)
                .withType(URI.create("https://zhaoshang.cn/problems/database-unavailable"))
                .withTitle("Service Unavailable")
                .withDetail("The database cannot be reached just now; nothing was changed. Try again shortly.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    public static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
