package cn.zhaoshang.local;

import cn.zhaoshang.engines.DevTokens;
import cn.zhaoshang.engines.FreePorts;
import cn.zhaoshang.engines.KafkaEngine;
import cn.zhaoshang.engines.KeycloakEngine;
import cn.zhaoshang.engines.MailEngine;
import cn.zhaoshang.engines.PostgresEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The whole product on one machine with only a JDK: PostgreSQL, a Kafka broker and Keycloak from Maven Central,
 * the three services and the web console as child processes, and demo data on the first run ({@code --api-only}: the
 * dev token issuer instead of Keycloak, and no console).
 * Ctrl-C (or SIGTERM) stops everything it started.
 */
public final class LocalStack implements FaultControl.Parts {

    /** The services and what each needs to know; env prefixes match the services' application.properties. */
    record Service(String name, String module, int defaultPort, String envPrefix, String database, String garbageCollector) {
    }

    /** The least CPU and memory for a service whose requests are short. */
    static final String SERIAL_GC = "-XX:+UseSerialGC";
    /**
     * notify-service holds thousands of open streams: the serial collector stopped it for 25–55 ms every few seconds
     * under a fan-out to 1,000 of them (young collections on one thread, with almost nothing surviving them),
     * G1 for 3–20 ms, and a notification then reached every stream within 100 ms (deploy/bench, stream-fanout.py).
     */
    static final String SHORT_PAUSE_GC = "-XX:+UseG1GC";

    static final List<Service> SERVICES = List.of(
            new Service("project-service", "project-service", 8081, "PROJECT", "project_service", SERIAL_GC),
            new Service("assist-service", "assist-service", 8082, "ASSIST", "assist_service", SERIAL_GC),
            new Service("notify-service", "notify-service", 8083, "NOTIFY", "notify_service", SHORT_PAUSE_GC));

    static final Map<String, Integer> TOPICS = Map.of(
            "project.events", 6, "assist.events", 6, "notify.events", 3);

    private final StackOptions options;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile PostgresEngine postgres;
    private volatile KafkaEngine kafka;
    private int postgresPort;
    private int kafkaPort;
    private int controllerPort;

    LocalStack(StackOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        // The engines log through slf4j-simple: keep the console for what the newcomer needs.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("stack.log.level", "warn"));
        StackOptions options;
        try {
            options = StackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("\nThe stack did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    void start() throws Exception {
        Instant began = Instant.now();
        if (options.fresh()) {
            wipe(options.dataDir());
        }
        Files.createDirectories(options.dataDir());
        Path logs = options.dataDir().resolve("logs");
        int ephemeral = FreePorts.ephemeralRangeStart();
        if (options.highestPort() >= ephemeral) {
            say("warning: ports up to " + options.highestPort() + " reach this machine's range for outgoing connections (from "
                    + ephemeral + "), where one may be taken at any moment; an offset up to "
                    + (options.portOffset() - options.highestPort() + ephemeral - 1) + " avoids it");
        }

        postgresPort = FreePorts.fromPreferred(options.port(5432));
        say("PostgreSQL 17 on localhost:" + postgresPort + " (data in " + options.dataDir().resolve("postgres") + ")");
        postgres = PostgresEngine.start(options.dataDir().resolve("postgres"), postgresPort);
        started.push(() -> postgres.close());
        for (Service service : SERVICES) {
            postgres.ensureDatabase(service.database());
        }

        kafkaPort = FreePorts.fromPreferred(options.port(9092));
        controllerPort = FreePorts.fromPreferred(kafkaPort + 1);
        say("Kafka (KRaft) on localhost:" + kafkaPort);
        kafka = KafkaEngine.start(options.dataDir().resolve("kafka"), kafkaPort, controllerPort);
        started.push(() -> kafka.close());
        kafka.ensureTopics(TOPICS);

        int smtpPort = options.port(2525);
        int mailWebPort = options.port(8025);
        requireFree(smtpPort, "the SMTP server");
        requireFree(mailWebPort, "the mail viewer");
        MailEngine mail = MailEngine.start(smtpPort, mailWebPort);
        started.push(mail);
        say("SMTP server on localhost:" + smtpPort + ", what it received at http://localhost:" + mailWebPort + "/");

        KeycloakEngine keycloak = null;
        if (options.keycloak()) {
            int keycloakPort = options.port(8180);
            requireFree(keycloakPort, "Keycloak");
            keycloak = KeycloakEngine.start(keycloakDistribution(), options.dataDir().resolve("keycloak"),
                    options.root().resolve("deploy/compose/keycloak/zhaoshang-realm.json"), keycloakPort, logs.resolve("keycloak.log"));
            started.push(keycloak);
            say("Keycloak starting on http://localhost:" + keycloakPort + " (realm " + KeycloakEngine.REALM + ")");
        }

        int issuerPort = options.port(8090);
        requireFree(issuerPort, "the dev token issuer");
        for (Service service : SERVICES) {
            for (int replica = 0; replica < options.replicas(); replica++) {
                requireFree(options.port(service.defaultPort(), replica), service.name());
                requireFree(managementPort(options.port(service.defaultPort(), replica)), service.name() + "'s management port");
            }
        }
        String issuerUrl = "http://localhost:" + issuerPort;
        TokenIssuer issuer = new TokenIssuer(DevTokens.loadOrCreate(options.dataDir().resolve("keys"), issuerUrl), issuerPort);
        started.push(issuer);
        say("dev token issuer on " + issuerUrl);

        Map<String, String> common = new LinkedHashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        if (keycloak != null) {
            common.put("JWT_PUBLIC_KEY_LOCATION", keycloak.jwksUrl());
            common.put("JWT_ISSUER", keycloak.issuer());
            common.put("CHASSIS_LOGIN_ISSUER", keycloak.issuer());
        } else {
            common.put("JWT_PUBLIC_KEY_LOCATION", issuerUrl + "/jwks");
            common.put("JWT_ISSUER", issuerUrl);
        }
        common.put("CORS_ORIGINS", corsOrigins());
        common.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // assist-service asks project-service about projects whose events it has not seen yet
        common.put("PROJECT_SERVICE_URL", "http://localhost:" + options.port(8081));
        common.put("NOTIFY_SMTP_HOST", "localhost");
        common.put("NOTIFY_SMTP_PORT", Integer.toString(smtpPort));
        common.put("NOTIFY_SMTP_START_TLS", "DISABLED");
        // development: webhooks may use plain http here; internal addresses stay closed unless opened on purpose
        common.put("NOTIFY_WEBHOOK_ALLOW_PLAIN_HTTP", System.getenv().getOrDefault("NOTIFY_WEBHOOK_ALLOW_PLAIN_HTTP", "true"));
        for (Service service : SERVICES) {
            for (int replica = 0; replica < options.replicas(); replica++) {
                int port = options.port(service.defaultPort(), replica);
                Map<String, String> env = new LinkedHashMap<>(common);
                env.put(service.envPrefix() + "_HTTP_PORT", Integer.toString(port));
                env.put(service.envPrefix() + "_MANAGEMENT_PORT", Integer.toString(managementPort(port)));
                env.put(service.envPrefix() + "_DB_URL", postgres.jdbcUrl(service.database()));
                env.put(service.envPrefix() + "_DB_USER", PostgresEngine.USER);
                env.put(service.envPrefix() + "_DB_PASSWORD", PostgresEngine.PASSWORD);
                Path app = options.root().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
                String name = replica == 0 ? service.name() : service.name() + "-" + (replica + 1);
                ServiceProcess process = ServiceProcess.start(name, app, service.garbageCollector(), port, env, logs);
                services.add(process);
                started.push(process);
            }
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(150));
            say(service.name() + " ready on http://localhost:" + service.port());
        }

        ServiceProcess console = null;
        if (keycloak != null) {
            keycloak.awaitReady(Duration.ofSeconds(180));
            say("Keycloak ready");
            console = startConsole(keycloak, logs);
            say("console ready on http://localhost:" + console.port());
        }

        if (options.faultControl()) {
            started.push(new FaultControl(this, options.port(8099)));
            say("fault control on http://localhost:" + options.port(8099) + "/faults/{part}/{action}");
        }
        Path marker = options.dataDir().resolve("demo-loaded");
        if (options.demo() && !Files.exists(marker)) {
            say("loading demo data through the public APIs …");
            String admin = keycloak != null ? new KeycloakLogin(keycloak.issuer()).accessToken("admin")
                    : issuer.issue("admin", List.of("admin"), null, null);
            new DemoData(admin, "http://localhost:" + options.port(8081)).load();
            Files.writeString(marker, Instant.now().toString());
        } else if (Files.exists(marker)) {
            say("demo data was loaded on an earlier run (use --fresh to start over)");
        }
        System.out.println(Banner.text(options, issuerUrl, keycloak == null ? null : keycloak.issuer(), console, services, logs,
                Duration.between(began, Instant.now())));
        System.out.flush();
    }

    /**
     * The web console, once Keycloak answers (it reads the realm's metadata when it starts): it calls the services as
     * the logged-in user. Its form secret is made once per data directory, so sessions' forms survive a restart.
     */
    private ServiceProcess startConsole(KeycloakEngine keycloak, Path logs) throws IOException, InterruptedException {
        int port = options.port(8088);
        requireFree(port, "the console");
        Path secretFile = options.dataDir().resolve("keys/console-form-secret");
        if (!Files.exists(secretFile)) {
            Files.createDirectories(secretFile.getParent());
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            Files.writeString(secretFile, java.util.HexFormat.of().formatHex(random));
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CONSOLE_HTTP_PORT", Integer.toString(port));
        env.put("PROJECT_API_URL", "http://localhost:" + options.port(8081));
        env.put("ASSIST_API_URL", "http://localhost:" + options.port(8082));
        env.put("NOTIFY_API_URL", "http://localhost:" + options.port(8083));
        env.put("CONSOLE_OIDC_ISSUER", keycloak.issuer());
        env.put("CONSOLE_IDENTITY_PROVIDER_ORIGIN", "http://localhost:" + options.port(8180));
        env.put("CONSOLE_OIDC_CLIENT_SECRET", CONSOLE_CLIENT_SECRET);
        env.put("CONSOLE_FORM_SECRET", Files.readString(secretFile).trim());
        ServiceProcess console = ServiceProcess.start("console", options.root().resolve("deploy/console/target/quarkus-app/quarkus-run.jar"),
                SERIAL_GC, port, env, logs);
        started.push(console);
        console.awaitReady(Duration.ofSeconds(120));
        return console;
    }

    /** The console's client secret in the local realm (deploy/compose/keycloak/zhaoshang-realm.json) only. */
    static final String CONSOLE_CLIENT_SECRET = "local-console-secret-not-for-real-realms";

    /** The services' own Swagger UIs, and the web app in development if one is named. */
    private String corsOrigins() {
        List<String> origins = new ArrayList<>();
        for (Service service : SERVICES) {
            for (int replica = 0; replica < options.replicas(); replica++) {
                origins.add("http://localhost:" + options.port(service.defaultPort(), replica));
            }
        }
        if (options.devOrigin() != null) {
            origins.add(options.devOrigin());
        }
        return String.join(",", origins);
    }

    /** The Keycloak zip the build copied beside the launcher (deploy/local/target/keycloak). */
    private Path keycloakDistribution() throws IOException {
        Path dir = options.root().resolve("deploy/local/target/keycloak");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> zip = files.filter(f -> f.getFileName().toString().matches("keycloak-quarkus-dist-.*\\.zip")).findFirst();
                if (zip.isPresent()) {
                    return zip.get();
                }
            }
        }
        throw new IllegalStateException("no Keycloak distribution in " + dir + ": run ./mvnw install (deploy/run does) first");
    }

    /** Where a service on {@code port} keeps its health details and metrics: 1000 above it (8081 → 9081). */
    static int managementPort(int port) {
        return port + 1000;
    }

    /** Fault injection for the fault tests; see {@link FaultControl}. */
    @Override
    public synchronized void apply(String part, String action) throws Exception {
        say(action + " " + part);
        switch (part + " " + action) {
            case "postgres stop" -> postgres.close();
            case "postgres start" -> postgres = PostgresEngine.start(options.dataDir().resolve("postgres"), postgresPort);
            case "kafka stop" -> kafka.close();
            case "kafka start" -> kafka = KafkaEngine.start(options.dataDir().resolve("kafka"), kafkaPort, controllerPort);
            default -> {
                ServiceProcess service = services.stream().filter(s -> s.name().equals(part)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no part named " + part));
                switch (action) {
                    case "kill" -> service.kill();
                    case "start" -> service.restart(Duration.ofSeconds(150));
                    default -> throw new IllegalArgumentException("a service can be killed or started, not " + action);
                }
            }
        }
    }

    synchronized void stop() {
        if (started.isEmpty()) {
            return;
        }
        System.out.println("\nstopping the local stack …");
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
        System.out.println("stopped; nothing is left running.");
    }

    private static void requireFree(int port, String who) {
        if (!FreePorts.isFree(port)) {
            throw new IllegalStateException("port " + port + " for " + who + " is taken: is another stack running?"
                    + " Stop it, or use --port-offset N");
        }
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        say("--fresh: wiping " + dir);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void say(String line) {
        System.out.println("[local-stack] " + line);
        System.out.flush();
    }
}
