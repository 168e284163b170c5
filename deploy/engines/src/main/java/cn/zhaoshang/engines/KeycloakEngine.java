package cn.zhaoshang.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak without Docker: its Quarkus distribution (the zip Maven Central serves as
 * {@code org.keycloak:keycloak-quarkus-dist}) unpacked once, started in development mode on loopback with the realm
 * file imported, and stopped with its whole process tree. It needs a JDK 17+ (this one's).
 */
public final class KeycloakEngine implements AutoCloseable {

    /** The realm the services trust; its name is in the realm file. */
    public static final String REALM = "zhaoshang";

    private final Process process;
    private final int port;

    private KeycloakEngine(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Keycloak from {@code distribution} (the zip), unpacked under {@code home} on the first run, with
     * {@code realmFile} imported (once: a realm already there is kept) and {@code admin}/{@code admin} as the
     * bootstrap administrator of its console. Returns when the process runs; {@link #awaitReady} waits for the realm.
     */
    public static KeycloakEngine start(Path distribution, Path home, Path realmFile, int port, Path log) throws IOException {
        Path installed = unpackOnce(distribution, home);
        Path imports = installed.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(installed.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname-strict=false",
                "--health-enabled=false", "--metrics-enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        return new KeycloakEngine(builder.start(), port);
    }

    /** The realm's issuer, as tokens name it. */
    public String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    /** Waits until the realm answers its discovery document; fails if Keycloak exits or takes longer than {@code patience}. */
    public void awaitReady(Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak's realm " + REALM + " did not answer within " + patience.toSeconds() + " s");
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            child.onExit().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(timeout -> null).join();
        }
    }

    /** The distribution's single top directory under {@code home}, unpacked from the zip unless it is there. */
    private static Path unpackOnce(Path distribution, Path home) throws IOException {
        if (!Files.isRegularFile(distribution)) {
            throw new IllegalStateException("no Keycloak distribution at " + distribution + " (./mvnw install fetches it)");
        }
        String version = distribution.getFileName().toString().replaceAll("\\.zip$", "");
        Path target = home.resolve(version);
        Path marker = target.resolve(".unpacked");
        if (Files.exists(marker)) {
            return installation(target);
        }
        Files.createDirectories(target);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("a zip entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    copy(zip, path);
                    if (entry.getName().endsWith(".sh")) {
                        Files.setPosixFilePermissions(path, EnumSet.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE));
                    }
                }
            }
        }
        Files.writeString(marker, Instant.now().toString());
        return installation(target);
    }

    private static Path installation(Path target) throws IOException {
        try (var entries = Files.list(target)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no bin/kc.sh under " + target));
        }
    }

    private static void copy(InputStream in, Path path) {
        try {
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
