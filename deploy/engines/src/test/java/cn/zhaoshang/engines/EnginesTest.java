package cn.zhaoshang.engines;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnginesTest {

    @TempDir
    Path data;

    @Test
    void postgresKeepsItsDataAcrossARestart() throws Exception {
        int port = FreePorts.any();
        try (PostgresEngine pg = PostgresEngine.start(data.resolve("pg"), port)) {
            pg.ensureDatabase("sample");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("sample"), PostgresEngine.USER, PostgresEngine.PASSWORD)) {
                c.createStatement().execute("create table kept(v text); insert into kept values ('天合光能')");
            }
        }
        try (PostgresEngine pg = PostgresEngine.start(data.resolve("pg"), port)) {
            pg.ensureDatabase("sample");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("sample"), PostgresEngine.USER, PostgresEngine.PASSWORD);
                 ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                rs.next();
                assertEquals("天合光能", rs.getString(1));
            }
        }
    }

    @Test
    void kafkaBrokerCarriesARecordAndKeepsTopicsAcrossARestart() throws Exception {
        int port = FreePorts.any();
        int controller = FreePorts.any();
        try (KafkaEngine kafka = KafkaEngine.start(data.resolve("kafka"), port, controller)) {
            kafka.ensureTopics(Map.of("round.trip", 3));
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("round.trip", "p-1", "hello")).get();
            }
        }
        try (KafkaEngine kafka = KafkaEngine.start(data.resolve("kafka"), port, controller);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     "bootstrap.servers", kafka.bootstrapServers(), "group.id", "t", "auto.offset.reset", "earliest"),
                     new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("round.trip"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
            assertEquals(1, seen.size());
            assertEquals("p-1", seen.get(0).key());
            assertEquals("hello", seen.get(0).value());
        }
    }
}
