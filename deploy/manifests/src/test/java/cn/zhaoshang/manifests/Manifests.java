package cn.zhaoshang.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where things are in this repository, and what each service's own configuration says it reads. */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("project-service", "assist-service", "notify-service");
    /** What runs as a Deployment of ours: the services and the web console (which owns no data, topics or database). */
    static final List<String> APPS = List.of("project-service", "assist-service", "notify-service", "console");

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern DEFAULT_PORT = Pattern.compile("(?m)^quarkus\\.http\\.port=\\$\\{[A-Z_]+:(\\d+)}");

    private Manifests() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module an app is built from: a service at the top level, the console under deploy/. */
    static String module(String app) {
        return app.equals("console") ? "deploy/console" : app;
    }

    private static String applicationProperties(String app) {
        return read(path(module(app) + "/src/main/resources/application.properties"));
    }

    /** Every environment variable the service's application.properties refers to. */
    static Set<String> environmentRead(String service) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ENV_REFERENCE.matcher(applicationProperties(service));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static int httpPort(String service) {
        Matcher matcher = DEFAULT_PORT.matcher(applicationProperties(service));
        if (!matcher.find()) {
            throw new IllegalStateException(service + ": no quarkus.http.port=${VAR:port} line");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Kafka topics the service's channels name, dead-letter topics included. */
    static Set<String> topics(String service) {
        Set<String> topics = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?m)^mp\\.messaging\\.[a-z]+\\.[a-z-]+\\.(?:dead-letter-queue\\.)?topic=(\\S+)$")
                .matcher(applicationProperties(service));
        while (matcher.find()) {
            topics.add(matcher.group(1));
        }
        return topics;
    }

    static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return Yamls.list(Yamls.at(deployment, "spec", "template", "spec", "containers"));
    }
}
