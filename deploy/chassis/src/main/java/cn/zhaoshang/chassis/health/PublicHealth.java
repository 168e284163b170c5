package cn.zhaoshang.chassis.health;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.Supplier;

/**
 * The health probes on the public port say UP or DOWN and nothing else. The checks' details (database, broker
 * addresses) and the metrics live on the management port ({@code quarkus.management.port}), which is not routed
 * to clients; load balancers and Kubernetes probes need only the status and its HTTP code (200 or 503).
 */
@ApplicationScoped
public class PublicHealth {

    private final SmallRyeHealthReporter reporter;

    public PublicHealth(SmallRyeHealthReporter reporter) {
        this.reporter = reporter;
    }

    void routes(@Observes Router router) {
        probe(router, "/q/health", reporter::getHealth);
        probe(router, "/q/health/live", reporter::getLiveness);
        probe(router, "/q/health/ready", reporter::getReadiness);
        probe(router, "/q/health/started", reporter::getStartup);
    }

    private static void probe(Router router, String path, Supplier<SmallRyeHealth> check) {
        // the checks block (JDBC), so they run on a worker thread
        router.get(path).blockingHandler(context -> answer(context, check));
    }

    private static void answer(RoutingContext context, Supplier<SmallRyeHealth> check) {
        boolean down;
        try {
            down = check.get().isDown();
        } catch (RuntimeException e) {
            down = true;
        }
        context.response().setStatusCode(down ? 503 : 200)
                .putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(down ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}");
    }
}
