package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of every service on one database and one broker, as {@code deploy/run --replicas 2} runs them,
 * with every scheduler ticking each second: requests spread over both instances, and then every event is on
 * the broker once, every addressee is notified once, the daily brief and a supervision reminder go out once,
 * a live stream resumed on the other instance neither skips nor repeats, and both topics replayed from the
 * beginning notify nobody again.
 */
class ReplicasIT {

    private static final int OFFSET = 21000;
    private static final int TICKETS = 120;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String CREDIT_CODE = "91320800MA20TL004Y";
    private static final Map<String, String> EAGER_SCHEDULERS = Map.of(
            "NOTIFY_BRIEF_TIME", "00:00", "NOTIFY_BRIEF_CHECK_INTERVAL", "1s", "NOTIFY_REMINDERS_INTERVAL", "1s",
            "ASSIST_SLA_SWEEP_INTERVAL", "1s", "PROJECT_OUTBOX_POLL_INTERVAL", "0.1s", "ASSIST_OUTBOX_POLL_INTERVAL", "0.1s");

    @TempDir
    Path data;

    @Test
    void twoInstancesOfEachServiceNeitherLoseNorRepeat() throws Exception {
        try (RunningStack stack = RunningStack.start(data, OFFSET, EAGER_SCHEDULERS, "--replicas", "2", "--no-demo")) {
            String projectId = projectWithTeamOverdueToStart(stack);
            String enterprise = stack.token("{\"sub\":\"rep.enterprise\",\"roles\":[\"enterprise\"],\"enterprise\":\"" + CREDIT_CODE + "\"}");
            Set<String> tickets = submitAcrossBothInstances(stack, enterprise, projectId);
            assertEquals(TICKETS, tickets.size());

            String member = stack.token("{\"sub\":\"rep.member\",\"roles\":[\"staff\"],\"district\":\"etdz\"}");
            List<JsonNode> memberInbox = Inboxes.await(stack, member, PATIENCE, inbox -> Inboxes.count(inbox, "NEW_TICKET") >= TICKETS);
            Inboxes.assertOncePerTicket(memberInbox, "NEW_TICKET", tickets);
            Inboxes.assertOncePerTicket(
                    Inboxes.await(stack, enterprise, PATIENCE, inbox -> Inboxes.count(inbox, "TICKET_RECEIVED") >= TICKETS),
                    "TICKET_RECEIVED", tickets);

            String supervisor = stack.token("{\"sub\":\"rep.supervisor\",\"roles\":[\"supervisor\"],\"district\":\"etdz\"}");
            Inboxes.await(stack, supervisor, PATIENCE,
                    inbox -> Inboxes.count(inbox, "DAILY_BRIEF") >= 1 && Inboxes.count(inbox, "PROJECT_START_OVERDUE") >= 1);
            Thread.sleep(4000); // several more rounds of both instances' schedulers
            for (int notifyPort : List.of(8083, 8183)) {
                List<JsonNode> inbox = Inboxes.read(stack, notifyPort, supervisor);
                assertEquals(1, Inboxes.count(inbox, "DAILY_BRIEF"), "one daily brief, read on " + notifyPort);
                assertEquals(1, Inboxes.count(inbox, "PROJECT_START_OVERDUE"), "one start-overdue reminder, read on " + notifyPort);
            }

            assertEachEventOnceAndInOrder(stack, projectId, tickets);
            assertStreamResumesOnTheOtherInstance(stack, member, memberInbox);

            // Redelivery: every record of both topics sent again changes nobody's inbox
            Map<String, Integer> before = inboxSizes(stack, List.of(member, enterprise, supervisor));
            awaitConsumed("notify-service", replayBothTopics());
            assertEquals(before, inboxSizes(stack, List.of(member, enterprise, supervisor)), "a replay notifies nobody again");
        }
    }

    private static String projectWithTeamOverdueToStart(RunningStack stack) throws Exception {
        String admin = stack.token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}");
        Api first = new Api("http://localhost:" + (8081 + OFFSET), admin);
        Api second = new Api("http://localhost:" + (8181 + OFFSET), admin);
        String enterpriseId = DemoData.enterprise(first, "通灵集团(淮安)有限公司", CREDIT_CODE, "严荣跃");
        String projectId = DemoData.project(second, enterpriseId, "通灵智能光伏接线盒项目", "etdz", "photovoltaic",
                "120000.00", "120000.00", "SIGNED", "2026-07-06", Map.of("CONSTRUCTION_STARTED", "2026-09-01"), null);
        DemoData.move(first, projectId, "REGISTERED", "2026-07-20", null);
        DemoData.team(second, projectId, "rep.chief", "rep.leader", List.of("rep.member"), List.of("电力接入"));
        DemoData.move(first, projectId, "LAND_ACQUIRED", "2026-10-12", null);
        return projectId;
    }

    /** Six clients at once, alternating between the two assist-service instances. */
    private static Set<String> submitAcrossBothInstances(RunningStack stack, String token, String projectId) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<String>> submitted = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            int port = i % 2 == 0 ? 8082 : 8182;
            Map<String, Object> body = Map.of("projectId", projectId, "category", "POWER_LINE_RELOCATION",
                    "title", "高压线迁改 #" + i, "description", "地块上有10千伏线路，影响开工");
            submitted.add(clients.submit(() -> stack.post(port, "/api/v1/tickets", token, body, 201).get("id").asText()));
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> ticket : submitted) {
            ids.add(ticket.get());
        }
        clients.shutdown();
        return ids;
    }





    /** Straight from the broker: no event id twice, one ticket.submitted per ticket, one project's events in order. */
    private static void assertEachEventOnceAndInOrder(RunningStack stack, String projectId, Set<String> tickets) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    events.add(RunningStack.JSON.readTree(record.value()));
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        events.forEach(e -> seen.merge(e.get("id").asText(), 1, Integer::sum));
        seen.forEach((id, times) -> assertEquals(1, times, "event " + id + " published once"));
        List<String> submitted = events.stream().filter(e -> e.get("type").asText().equals("ticket.submitted"))
                .map(e -> e.get("data").get("ticketId").asText()).toList();
        assertEquals(TICKETS, submitted.size());
        assertEquals(tickets, new HashSet<>(submitted));
        List<Long> projectVersions = events.stream()
                .filter(e -> e.get("type").asText().startsWith("project.") && projectId.equals(e.get("data").path("projectId").asText()))
                .map(e -> e.get("data").get("version").asLong()).toList();
        assertTrue(projectVersions.size() >= 4, "the project's changes are on the broker: " + projectVersions);
        for (int i = 1; i < projectVersions.size(); i++) {
            assertTrue(projectVersions.get(i) >= projectVersions.get(i - 1), "the project's events in order: " + projectVersions);
        }
    }

    private static Map<String, Integer> inboxSizes(RunningStack stack, List<String> readers) throws Exception {
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < readers.size(); i++) {
            sizes.put("reader " + i, Inboxes.read(stack, 8083, readers.get(i)).size());
        }
        return sizes;
    }

    /**
     * Reads both topics' committed records from the beginning and publishes every one again, same key, same CloudEvent;
     * returns, per partition, the offset after the last record it wrote.
     */
    private static Map<TopicPartition, Long> replayBothTopics() throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + (9092 + OFFSET));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig());
             KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<Future<RecordMetadata>> replayed = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        replayed.add(producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value())));
                    }
                }
            }
            producer.flush();
            assertTrue(replayed.size() > TICKETS, "replayed " + replayed.size() + " records");
            Map<TopicPartition, Long> written = new HashMap<>();
            for (Future<RecordMetadata> sent : replayed) {
                RecordMetadata record = sent.get();
                written.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            }
            return written;
        }
    }

    /**
     * Waits until the consumer group has committed offsets up to the given ones. (Not up to the log's end: a relay's
     * transaction ends with a marker that takes an offset of its own and that no consumer commits past.)
     */
    private static void awaitConsumed(String group, Map<TopicPartition, Long> ends) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + (9092 + OFFSET)))) {
            Instant deadline = Instant.now().plusSeconds(90);
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                if (ends.entrySet().stream().allMatch(end ->
                        committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue())) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new AssertionError(group + " did not consume the replay within 90 s");
        }
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + (9092 + OFFSET));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of("project.events", "assist.events")) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }

    /** Half the inbox live from one notify-service instance, then the rest from the other with Last-Event-ID. */
    private static void assertStreamResumesOnTheOtherInstance(RunningStack stack, String token, List<JsonNode> inbox) throws Exception {
        List<Long> expected = inbox.stream().map(n -> n.get("sequence").asLong()).toList();
        int half = expected.size() / 2;
        List<Long> received = new ArrayList<>(stream(stack, 8083, token, 0, half));
        received.addAll(stream(stack, 8183, token, received.get(received.size() - 1), expected.size() - half));
        assertEquals(expected, received, "resumed on the other instance without gaps or repeats");
    }

    private static List<Long> stream(RunningStack stack, int port, String token, long lastEventId, int events) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(stack.url(port, "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("Last-Event-ID", Long.toString(lastEventId)).timeout(Duration.ofSeconds(60)).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        List<Long> ids = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while (ids.size() < events && (line = lines.readLine()) != null) {
                if (line.startsWith("id:")) {
                    ids.add(Long.parseLong(line.substring(3).trim()));
                }
            }
        }
        return ids;
    }
}
