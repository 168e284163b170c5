package cn.zhaoshang.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a fixed number of GET requests (cycling through the given URLs) at a fixed concurrency and prints
 * throughput and latency percentiles. Bounded in count and time; loopback only.
 * Usage: LoadProbe TOKEN CONCURRENCY REQUESTS URL [URL ...]
 */
public final class LoadProbe {

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int concurrency = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        List<String> urls = List.of(args).subList(3, args.length);
        for (String url : urls) {
            if (!URI.create(url).getHost().matches("localhost|127\\.0\\.0\\.1")) {
                throw new IllegalArgumentException("load goes to loopback only: " + url);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int warm = 0; warm < Math.min(50, requests); warm++) {
            send(http, token, urls.get(warm % urls.size()));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    long t0 = System.nanoTime();
                    int status = send(http, token, urls.get(i % urls.size()));
                    latencies.add(System.nanoTime() - t0);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d requests, concurrency %d, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, non-200: %d%n",
                requests, concurrency, requests / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), failures.get());
    }

    private static int send(HttpClient http, String token, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
