package cn.zhaoshang.testsupport;

import cn.zhaoshang.engines.FreePorts;
import cn.zhaoshang.engines.KafkaEngine;
import cn.zhaoshang.engines.PostgresEngine;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Hands a {@code @QuarkusTest} a real PostgreSQL database and a real Kafka broker: external ones when
 * {@code TEST_PG_URL} / {@code TEST_KAFKA_BOOTSTRAP} are set, otherwise embedded ones started once per
 * test JVM. Also points JWT verification at the {@link TestTokens} key.
 *
 * <p>Init arg {@code database}: the database to create and use (default {@code app}).
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    // Test resources may be loaded by several class loaders; system properties are the JVM-wide memory.
    private static final String PG_URL = "zhaoshang.test.pg.base-url";
    private static final String KAFKA = "zhaoshang.test.kafka.bootstrap";


    private static PostgresEngine postgres;
    private static KafkaEngine kafka;
    private static Consumer<Runnable> outageControl;

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgresUrl());
        config.put("quarkus.datasource.username", env("TEST_PG_USER", PostgresEngine.USER));
        config.put("quarkus.datasource.password", env("TEST_PG_PASSWORD", PostgresEngine.PASSWORD));
        config.put("kafka.bootstrap.servers", kafkaBootstrap());
        config.put("mp.jwt.verify.publickey.location", publicKeyFile());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    /** The broker the tests talk to, for probes that read topics. */
    public static String kafkaBootstrapServers() {
        return System.getProperty(KAFKA, System.getenv("TEST_KAFKA_BOOTSTRAP"));
    }

    /**
     * Stops the embedded broker, runs {@code whileDown}, and starts the broker again on the same port and
     * data: for tests of what happens to acknowledged work while Kafka is away. Only with the embedded broker.
     */
    public static void withKafkaDown(Runnable whileDown) {
        if (outageControl == null) {
            throw new IllegalStateException("Kafka outages need the embedded broker started by this class (TEST_KAFKA_BOOTSTRAP is set?)");
        }
        outageControl.accept(whileDown);
    }

    private static synchronized void outage(Path logs, int port, int controllerPort, Runnable whileDown) {
        kafka.close();
        kafka = null;
        try {
            whileDown.run();
        } finally {
            try {
                kafka = KafkaEngine.start(logs, port, controllerPort);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot restart embedded Kafka", e);
            }
        }
    }

    private String postgresUrl() {
        String external = System.getenv("TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        synchronized (RealInfrastructure.class) {
            try {
                if (postgres == null && System.getProperty(PG_URL) == null) {
                    postgres = PostgresEngine.start(null, FreePorts.any());
                    System.setProperty(PG_URL, postgres.jdbcUrl(""));
                }
                if (postgres != null) {
                    postgres.ensureDatabase(database);
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot start embedded PostgreSQL", e);
            }
        }
        return System.getProperty(PG_URL) + database;
    }

    private static String kafkaBootstrap() {
        String external = System.getenv("TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            return external;
        }
        synchronized (RealInfrastructure.class) {
            if (kafka == null && System.getProperty(KAFKA) == null) {
                try {
                    Path logs = Files.createTempDirectory("kafka-test");
                    int port = FreePorts.any();
                    int controllerPort = FreePorts.any();
                    kafka = KafkaEngine.start(logs, port, controllerPort);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        if (kafka != null) {
                            kafka.close();
                        }
                    }, "kafka-test-shutdown"));
                    System.setProperty(KAFKA, kafka.bootstrapServers());
                    outageControl = whileDown -> outage(logs, port, controllerPort, whileDown);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start embedded Kafka", e);
                }
            }
        }
        return System.getProperty(KAFKA);
    }

    private static String publicKeyFile() {
        try {
            Path file = Files.createTempFile("test-jwt", ".pem");
            Files.writeString(file, TestTokens.issuer().publicKeyPem());
            file.toFile().deleteOnExit();
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void stop() {
        // The engines live as long as the test JVM: later test classes reuse them, a shutdown hook ends them.
    }
}
