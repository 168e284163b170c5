package cn.zhaoshang.local;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ticket submissions from several clients at once until a number of them were acknowledged (201), while a
 * script of faults runs beside them. A client that gets no answer (the service is down) counts it and goes on
 * with the next submission, as a real client would give up on one; it never repeats a submission.
 */
final class Burst {

    /** A fault applied once {@code atAcknowledged} submissions got their 201, after waiting {@code after}. */
    record Step(int atAcknowledged, Duration after, String part, String action) {
    }

    /** What the clients saw. Answers other than 201 and 503 problem+json are {@code badAnswers}. */
    record Outcome(Set<String> acknowledged, int attempts, int unavailable, int noAnswer, List<String> badAnswers,
                   long slowestMillis, List<String> faultsApplied) {
    }

    private static final int CLIENTS = 8;

    private Burst() {
    }

    static Outcome run(RunningStack stack, String token, String projectId, int target, List<Step> faults) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger noAnswer = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        List<String> bad = Collections.synchronizedList(new ArrayList<>());
        List<String> applied = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        Future<?> script = pool.submit(() -> {
            for (Step step : faults) {
                while (acknowledged.size() < step.atAcknowledged()) {
                    Thread.sleep(20);
                }
                Thread.sleep(step.after().toMillis());
                stack.fault(step.part(), step.action());
                applied.add(step.action() + " " + step.part() + " after " + acknowledged.size() + " acknowledged");
            }
            return null;
        });
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (acknowledged.size() < target) {
                    int n = attempts.incrementAndGet();
                    Map<String, Object> body = Map.of("projectId", projectId, "category", "POWER_LINE_RELOCATION",
                            "title", "高压线迁改 #" + n, "description", "地块上有10千伏线路，影响开工");
                    long began = System.nanoTime();
                    try {
                        RunningStack.Answer answer = stack.send(8082, "/api/v1/tickets", token, body);
                        slowest.accumulateAndGet((System.nanoTime() - began) / 1_000_000, Math::max);
                        String type = answer.contentType();
                        if (answer.status() == 201) {
                            acknowledged.add(RunningStack.JSON.readTree(answer.body()).get("id").asText());
                        } else if (answer.status() == 503 && type.startsWith("application/problem+json")) {
                            unavailable.incrementAndGet();
                            Thread.sleep(50);
                        } else {
                            bad.add(answer.status() + " " + type + " " + answer.body());
                        }
                    } catch (IOException notAnswered) {
                        noAnswer.incrementAndGet();
                        Thread.sleep(100);
                    }
                }
                return null;
            }));
        }
        script.get();
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        return new Outcome(Set.copyOf(acknowledged), attempts.get(), unavailable.get(), noAnswer.get(), List.copyOf(bad),
                slowest.get(), List.copyOf(applied));
    }
}
