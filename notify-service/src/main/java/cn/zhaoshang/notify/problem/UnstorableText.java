package cn.zhaoshang.notify.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.sql.SQLException;
import java.util.Set;

/**
 * PostgreSQL cannot hold a NUL character (U+0000) in text, so a query parameter or a body field carrying one
 * fails in the database. That is the client's input, not a server fault: a 400 instead of a 500.
 */
@ApplicationScoped
public class UnstorableText implements ProblemPostProcessor {

    /** 22021: character not in repertoire (NUL in UTF-8 text); 22P05: untranslatable character. */
    private static final Set<String> BAD_CHARACTER = Set.of("22021", "22P05");

    /** Before the library's logger (101), so the log shows the status the client gets. */
    @Override
    public int priority() {
        return 200;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 500 || !hasUnstorableText(context.cause)) {
            return problem;
        }
        return HttpProblem.builder(problem)
                .withStatus(400)
                .withType(URI.create("https://zhaoshang.cn/problems/unstorable-text"))
                .withTitle("Bad Request")
                .withDetail("The request contains a character that cannot be stored (such as U+0000); nothing was changed")
                .build();
    }

    public static boolean hasUnstorableText(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && BAD_CHARACTER.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
