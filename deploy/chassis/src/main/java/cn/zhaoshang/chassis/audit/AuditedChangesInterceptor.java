package cn.zhaoshang.chassis.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;

/**
 * Runs a state-changing resource method and writes its audit entry before the transaction commits. The status
 * recorded is the one the method answers with: its {@code Response}'s, its {@code @ResponseStatus}, 204 for no body,
 * else 200. Asynchronous answers are left to {@link AuditRecorder}.
 */
@AuditedChanges
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class AuditedChangesInterceptor {

    @Inject
    AuditEntries entries;

    @AroundInvoke
    Object inOneTransaction(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (!changesState(method) || request == null || asynchronous(method.getReturnType())) {
            return invocation.proceed();
        }
        boolean began = !QuarkusTransaction.isActive();
        if (began) {
            QuarkusTransaction.begin();
        }
        try {
            Object answer = invocation.proceed();
            AuditEntry entry = entries.describe(request.getContainerRequestContext(), statusOf(answer, method),
                    request.serverRequest().unwrap(HttpServerRequest.class));
            entries.appendInCurrentTransaction(entry);
            if (began) {
                QuarkusTransaction.commit();
            }
            request.getContainerRequestContext().setProperty(AuditEntries.WRITTEN, entry);
            return answer;
        } catch (Exception | Error failure) {
            if (began && QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            throw failure;
        }
    }

    private static boolean changesState(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
    }

    private static boolean asynchronous(Class<?> returned) {
        return Uni.class.isAssignableFrom(returned) || Multi.class.isAssignableFrom(returned)
                || CompletionStage.class.isAssignableFrom(returned);
    }

    static int statusOf(Object answer, Method method) {
        if (answer instanceof Response response) {
            return response.getStatus();
        }
        if (answer instanceof RestResponse<?> response) {
            return response.getStatus();
        }
        ResponseStatus declared = method.getAnnotation(ResponseStatus.class);
        if (declared != null) {
            return declared.value();
        }
        return answer == null ? 204 : 200;
    }
}
