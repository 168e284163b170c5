package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the README's stack as a newcomer would (on shifted ports), uses it, stops it, and looks for leftovers. */
class LocalStackIT {

    private static final int OFFSET = 20000;
    private static final List<Integer> PORTS = List.of(5432, 9092, 9093, 8081, 8082, 8083, 9081, 9082, 9083, 8090, 2525, 8025);

    @TempDir
    Path data;

    @Test
    void startsEverythingWithDemoDataAnswersWithTokensAndLeavesNothingBehind() throws Exception {
        RunningStack stack = RunningStack.start(data, OFFSET, Map.of());
        try {
            String admin = stack.token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}");
            JsonNode projects = stack.get(8081, "/api/v1/projects?size=100", admin);
            assertTrue(projects.get("total").asInt() >= 8, "demo projects are loaded: " + projects);
            assertEquals(200, stack.status(8082, "/api/v1/sla-policies", admin));
            String supervisor = stack.token("{\"sub\":\"wang.jun\",\"roles\":[\"supervisor\"],\"district\":\"etdz\"}");
            assertEquals(200, stack.status(8083, "/api/v1/notifications", supervisor));
            assertEquals(401, stack.status(8081, "/api/v1/projects", null));
            // the public probe says UP and no more; the details and the metrics are on the management port
            for (int port : List.of(8081, 8082, 8083)) {
                assertEquals("{\"status\":\"UP\"}", stack.send(port, "/q/health/ready", null, null).body());
                assertEquals(404, stack.status(port, "/q/metrics", null));
                assertTrue(stack.send(LocalStack.managementPort(port), "/q/health/ready", null, null).body().contains("Kafka"));
                assertEquals(200, stack.status(LocalStack.managementPort(port), "/q/metrics", null));
            }
        } finally {
            assertTrue(stack.stop(), "the stack stops within 90 s");
        }
        for (int port : PORTS) {
            assertFalse(stack.listening(port), "something still listens on " + (port + OFFSET));
        }
    }
}
