package cn.zhaoshang.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from {@code POST /tickets} leaving the client to the team member's "new ticket" notification arriving
 * on their Server-Sent Events stream, at a steady rate. Each ticket's title carries its number, so the
 * notification is matched by what it says, not by arrival order. A warm-up at a quarter of the rate comes
 * first and is not measured. Loopback only; prints figures.
 * Usage: NotifyLatencyProbe ASSIST_TICKETS_URL NOTIFY_STREAM_URL ENTERPRISE_TOKEN MEMBER_TOKEN PROJECT_ID
 *        RATE_PER_SECOND WARMUP_SECONDS MEASURED_SECONDS
 */
public final class NotifyLatencyProbe {

    private static final Pattern NUMBERED = Pattern.compile("latency-probe #(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, Long> postedAt = new ConcurrentHashMap<>();
    private final Map<Integer, Long> latencies = new ConcurrentHashMap<>();
    private final Map<Integer, Long> arrivedAt = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        URI tickets = LoadProbe.loopback(args[0]);
        URI stream = LoadProbe.loopback(args[1]);
        int rate = Integer.parseInt(args[5]);
        int warmup = Math.max(1, rate / 4) * Integer.parseInt(args[6]);
        int measured = rate * Integer.parseInt(args[7]);
        new NotifyLatencyProbe().run(tickets, stream, args[2], args[3], args[4], rate, warmup, measured);
    }

    private void run(URI tickets, URI stream, String enterpriseToken, String memberToken, String project,
                     int rate, int warmup, int measured) throws Exception {
        CountDownLatch streamOpen = new CountDownLatch(1);
        Thread listener = new Thread(() -> listen(stream, memberToken, streamOpen), "sse-listener");
        listener.setDaemon(true);
        listener.start();
        if (!streamOpen.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the notification stream did not open");
        }
        // warm-up at a quarter of the rate, so the services' JIT compilers finish without a backlog forming
        send(tickets, enterpriseToken, project, 0, warmup, Math.max(1, rate / 4));
        Thread.sleep(5000);
        send(tickets, enterpriseToken, project, warmup, warmup + measured, rate);
        // let the last notifications arrive
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (latencies.size() < warmup + measured && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        report(rate, warmup, measured);
    }

    /** Posts tickets numbered [from, to) at a steady rate, not waiting for answers, so a slow one delays no other. */
    private void send(URI tickets, String token, String project, int from, int to, int rate) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(from);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n < to) {
                post(tickets, token, project, n);
            }
        }, 0, 1_000_000L / rate, TimeUnit.MICROSECONDS);
        while (next.get() < to) {
            Thread.sleep(50);
        }
        ticker.shutdown();
    }

    private void post(URI tickets, String token, String project, int n) {
        String body = "{\"projectId\":\"" + project + "\",\"category\":\"STAFFING\",\"title\":\"latency-probe #" + n
                + "\",\"description\":\"延迟测量\"}";
        HttpRequest request = HttpRequest.newBuilder(tickets).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        postedAt.put(n, System.nanoTime());
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 201) {
                        refused.incrementAndGet();
                    }
                });
    }

    private void listen(URI stream, String token, CountDownLatch open) {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("stream answered " + response.statusCode());
            }
            open.countDown();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    long arrived = System.nanoTime();
                    if (line.startsWith("data:") && line.contains("NEW_TICKET")) {
                        record(line, arrived);
                    }
                }
            }
        } catch (Exception e) {
            System.err.println("stream ended: " + e);
        }
    }

    private void record(String line, long arrived) {
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.find()) {
            int n = Integer.parseInt(numbered.group(1));
            Long sent = postedAt.get(n);
            if (sent != null) {
                latencies.putIfAbsent(n, arrived - sent);
                arrivedAt.putIfAbsent(n, arrived);
            }
        }
    }

    private void report(int rate, int warmup, int measured) {
        List<Long> sorted = new ArrayList<>();
        latencies.forEach((n, nanos) -> {
            if (n >= warmup) {
                sorted.add(nanos);
            }
        });
        Collections.sort(sorted);
        int missing = measured - sorted.size();
        if (sorted.isEmpty()) {
            System.out.printf("%d tickets at %d/s: no notification arrived, refused posts: %d%n", measured, rate,
                    refused.get());
            return;
        }
        System.out.printf("%d tickets at %d/s after %d unmeasured at a quarter of it: POST -> SSE p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, "
                        + "max %.0f ms; not arrived within 10 s: %d; refused posts: %d%n",
                measured, rate, warmup, LoadProbe.pct(sorted, 50), LoadProbe.pct(sorted, 95), LoadProbe.pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6, missing, refused.get());
        // the load stops with the last POST; once every notification is on the stream, notify-service has no backlog
        if (missing > 0) {
            System.out.printf("  backlog: %d notifications still missing 10 s after the load stopped%n", missing);
        } else {
            long loadStopped = postedAt.get(warmup + measured - 1);
            System.out.printf("  backlog: none; the last notification was on the stream %.0f ms after the load stopped%n",
                    (Collections.max(arrivedAt.values()) - loadStopped) / 1e6);
        }
    }
}
