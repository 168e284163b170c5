package cn.zhaoshang.local;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Server-side request forgery through webhooks, tried on the running stack as a staff member would: a listener on
 * loopback, the stack's own ports (fault control included) and cloud metadata addresses, written every way an
 * address can be written. Every registration is refused with a 400 naming the URL, none is stored, and nothing
 * reaches the listener. The local stack allows plain http (development); loopback stays closed all the same.
 */
class WebhookTargetsIT {

    private static final int OFFSET = 17000;

    @TempDir
    Path data;

    @Test
    void noWebhookCanPointInside() throws Exception {
        List<String> reached = new CopyOnWriteArrayList<>();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            reached.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        listener.start();
        int port = listener.getAddress().getPort();
        try (RunningStack stack = RunningStack.start(data, OFFSET, Map.of(), "--no-demo", "--fault-control")) {
            List<String> inside = new ArrayList<>(List.of(
                    "http://127.0.0.1:" + port + "/hook", "http://localhost:" + port + "/hook", "http://[::1]:" + port + "/hook",
                    "http://0.0.0.0:" + port + "/hook", "http://127.1:" + port + "/hook", "http://2130706433:" + port + "/hook",
                    "http://0x7f000001:" + port + "/hook", "http://user:pw@127.0.0.1:" + port + "/hook",
                    "http://[::ffff:127.0.0.1]:" + port + "/hook", "https://localhost:" + port + "/hook",
                    "http://127.0.0.1:" + (8099 + OFFSET) + "/faults/kafka/stop",
                    "http://localhost:" + (8083 + OFFSET) + "/api/v1/notifications",
                    "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
                    "http://100.100.100.200/latest/meta-data/", "http://[fd00:ec2::254]/", "http://10.0.0.1/hook",
                    "http://a^b/", "http://[::1/"));
            for (String role : List.of("staff", "supervisor", "admin")) {
                String token = stack.token("{\"sub\":\"ssrf." + role + "\",\"roles\":[\"" + role + "\"],\"district\":\"etdz\"}");
                for (String url : inside) {
                    RunningStack.Answer answer = stack.call("POST", 8083, "/api/v1/webhooks", token, Map.of("url", url), Map.of());
                    assertEquals(400, answer.status(), role + " registering " + url + ": " + answer.body());
                    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                    assertTrue(answer.json().get("detail").asText().startsWith("url: the URL"), answer.body());
                }
                if (!role.equals("admin")) {
                    assertEquals(0, stack.get(8083, "/api/v1/webhooks", token).size(), "nothing stored for " + role);
                }
            }
            assertTrue(stack.listening(8099), "the fault-control port was there to be aimed at");
            Thread.sleep(2000); // a dispatcher round or two
            assertEquals(List.of(), reached, "nothing reached the listener on loopback");
        } finally {
            listener.stop(0);
        }
    }
}
