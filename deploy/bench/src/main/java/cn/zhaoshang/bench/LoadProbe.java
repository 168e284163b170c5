package cn.zhaoshang.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a fixed number of requests (cycling through the given URLs) at a fixed concurrency and prints
 * throughput and latency percentiles. GETs expecting 200, or with {@code --post=JSON} POSTs of that body
 * expecting 201 (several {@code --post} bodies are sent in turn), over one kept-alive connection per worker
 * ({@link PlainHttp}). Bounded in count; loopback only.
 * Usage: LoadProbe [--post=JSON ...] TOKEN CONCURRENCY REQUESTS URL [URL ...]
 */
public final class LoadProbe {

    public static void main(String[] args) throws Exception {
        List<String> postBodies = new ArrayList<>();
        while (args[0].startsWith("--post=")) {
            postBodies.add(args[0].substring("--post=".length()));
            args = List.of(args).subList(1, args.length).toArray(String[]::new);
        }
        int expected = postBodies.isEmpty() ? 200 : 201;
        String token = args[0];
        int concurrency = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        List<String> urls = List.of(args).subList(3, args.length);
        List<URI> targets = urls.stream().map(LoadProbe::loopback).toList();
        if (targets.stream().map(URI::getAuthority).distinct().count() > 1) {
            throw new IllegalArgumentException("one server per run: each worker keeps one connection");
        }
        List<String> bodies = postBodies.isEmpty() ? Collections.singletonList(null) : postBodies; // null: a GET
        List<byte[]> prepared = targets.stream()
                .flatMap(uri -> bodies.stream().map(body -> PlainHttp.request(uri, token, body))).toList();
        // a fifth of the run (at most 2,000) first, unmeasured, so the figures are not the JIT compiler's
        try (PlainHttp warming = new PlainHttp(targets.get(0))) {
            for (int warm = 0; warm < Math.min(2000, requests / 5); warm++) {
                send(warming, prepared.get(warm % prepared.size()));
            }
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                try (PlainHttp http = new PlainHttp(targets.get(0))) {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long t0 = System.nanoTime();
                        int status = send(http, prepared.get(i % prepared.size()));
                        latencies.add(System.nanoTime() - t0);
                        if (status != expected) {
                            failures.incrementAndGet();
                        }
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
        System.out.printf("%d requests, concurrency %d, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, non-%d: %d%n",
                requests, concurrency, requests / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), expected,
                failures.get());
    }

    private static int send(PlainHttp http, byte[] request) {
        try {
            return http.exchange(request);
        } catch (Exception e) {
            return -1;
        }
    }

    /** The URI, if it points at this machine: load never leaves loopback. */
    static URI loopback(String url) {
        URI uri = URI.create(url);
        if (!uri.getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("load goes to loopback only: " + url);
        }
        return uri;
    }

    /** The p-th percentile of sorted nanosecond latencies, in milliseconds. */
    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
