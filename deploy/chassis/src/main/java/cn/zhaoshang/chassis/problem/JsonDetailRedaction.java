package cn.zhaoshang.chassis.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The problem library words Jackson's failures with Jackson's own message, which names Java classes. This
 * keeps the field it found and replaces the message.
 */
@ApplicationScoped
public class JsonDetailRedaction implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(context.cause instanceof JsonProcessingException)) {
            return problem;
        }
        Object field = problem.getParameters().get("field");
        return HttpProblem.builder(problem).withDetail(detail(field == null ? "" : field.toString())).build();
    }

    /** What a client is told about a body it sent that could not be read; names the field, if one is known. */
    static String detail(String field) {
        return field.isEmpty() ? "The body is not JSON this operation accepts"
                : "The body's field '" + field + "' is unknown here or has a value of the wrong type or form";
    }
}
