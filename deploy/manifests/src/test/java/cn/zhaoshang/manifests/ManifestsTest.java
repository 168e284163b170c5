package cn.zhaoshang.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.zhaoshang.manifests.Kustomize.kind;
import static cn.zhaoshang.manifests.Kustomize.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What can be checked of the deployment files without a Docker engine or a cluster: they parse, the
 * overlays render, every Deployment is hardened and probed, every variable a service reads is set, and
 * names, images, ports, topics, databases and secrets agree across the Dockerfiles, Compose and Kubernetes.
 */
class ManifestsTest {

    private static final Path COMPOSE = Manifests.path("deploy/compose/docker-compose.yml");

    @Test
    void everyYamlFileParsesAndEveryKubernetesObjectIsNamed() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Manifests.path("deploy/k8s")), Files.walk(Manifests.path("deploy/compose")))) {
            files = walk.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            List<Map<String, Object>> documents = Yamls.loadAll(file);
            assertThat(documents).as(file.toString()).isNotEmpty();
            if (file.startsWith(Manifests.path("deploy/k8s"))) {
                documents.forEach(d -> assertThat(d).as(file.toString()).containsKeys("apiVersion", "kind"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void overlayRendersWithEveryObjectOnceAndNamespaced(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        Set<String> keys = new TreeSet<>();
        for (Map<String, Object> object : objects) {
            assertThat(keys.add(kind(object) + "/" + name(object))).as("duplicate " + kind(object) + " " + name(object)).isTrue();
            if (!kind(object).equals("Namespace")) {
                assertThat(Yamls.at(object, "metadata", "namespace")).as(kind(object) + " " + name(object)).isNotNull();
            }
        }
        assertThat(keys).contains("Deployment/project-service", "Deployment/assist-service", "Deployment/notify-service",
                "Deployment/console", "Ingress/zhaoshang-console", "Kafka/zhaoshang", "KafkaNodePool/dual-role", "Cluster/zhaoshang-pg", "Ingress/zhaoshang-api");
    }

    /** Our renderer against the real Kustomize (kubectl's), where kubectl is installed. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void renderingMatchesKubectlKustomize(String overlay) throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not installed here");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", Manifests.path("deploy/k8s/overlays/" + overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as(output).isZero();
        assertThat(byKey(Yamls.parseAll(output))).isEqualTo(byKey(render(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentIsProbedLimitedAndNonRoot(String overlay) {
        List<Map<String, Object>> deployments = ofKind(render(overlay), "Deployment");
        assertThat(deployments).hasSize(Manifests.APPS.size());
        for (Map<String, Object> deployment : deployments) {
            String what = overlay + " " + name(deployment);
            assertThat(Yamls.at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot")).as(what).isEqualTo(true);
            for (Map<String, Object> container : Manifests.containers(deployment)) {
                assertThat(Yamls.at(container, "startupProbe", "httpGet", "path")).as(what).isEqualTo("/q/health/started");
                assertThat(Yamls.at(container, "readinessProbe", "httpGet", "path")).as(what).isEqualTo("/q/health/ready");
                assertThat(Yamls.at(container, "livenessProbe", "httpGet", "path")).as(what).isEqualTo("/q/health/live");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(Yamls.map(Yamls.at(container, "resources", bound))).as(what + " " + bound).containsKeys("cpu", "memory");
                }
                assertThat(Yamls.at(container, "securityContext", "allowPrivilegeEscalation")).as(what).isEqualTo(false);
                assertThat(Yamls.at(container, "securityContext", "readOnlyRootFilesystem")).as(what).isEqualTo(true);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableAServiceReadsIsSetInItsDeployment(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        for (String service : Manifests.APPS) {
            Map<String, Object> container = Manifests.containers(find(objects, "Deployment", service)).get(0);
            Set<String> set = new TreeSet<>();
            Yamls.<Map<String, Object>>list(container.get("env")).forEach(e -> set.add((String) e.get("name")));
            for (Map<String, Object> source : Yamls.<Map<String, Object>>list(container.get("envFrom"))) {
                String configMap = (String) Yamls.at(source, "configMapRef", "name");
                set.addAll(Yamls.map(find(objects, "ConfigMap", configMap).get("data")).keySet());
            }
            assertThat(set).as(overlay + " " + service).containsAll(Manifests.environmentRead(service));
        }
    }

    @Test
    void everyVariableAServiceReadsIsSetInCompose() {
        Map<String, Object> services = composeServices();
        for (String service : Manifests.APPS) {
            Set<String> set = Yamls.map(Yamls.at(services, service, "environment")).keySet();
            assertThat(set).as(service).containsAll(Manifests.environmentRead(service));
        }
    }

    @Test
    void imagesAndPortsAgreeAcrossDockerfilesComposeAndKubernetes() {
        List<Map<String, Object>> objects = render("dev");
        Map<String, Object> compose = composeServices();
        for (String service : Manifests.APPS) {
            int port = Manifests.httpPort(service);
            Map<String, Object> container = Manifests.containers(find(objects, "Deployment", service)).get(0);
            assertThat(container.get("image")).isEqualTo(Yamls.at(compose, service, "image")).isEqualTo("zhaoshang/" + service + ":1.0.0");
            assertThat(Yamls.at(Yamls.<Object>list(container.get("ports")).get(0), "containerPort")).as(service).isEqualTo(port);
            assertThat(Yamls.at(Yamls.<Object>list(Yamls.at(find(objects, "Service", service), "spec", "ports")).get(0), "port"))
                    .as(service).isEqualTo(port);
            assertThat(Yamls.<String>list(Yamls.at(compose, service, "ports"))).as(service).containsExactly(port + ":" + port);
            String dockerfile = Manifests.read(Manifests.path(Manifests.module(service) + "/src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).as(service).contains("EXPOSE " + port, "/dev/tcp/127.0.0.1/" + port, "HEALTHCHECK")
                    .containsPattern("(?m)^USER 185$").doesNotContainPattern("(?m)^USER (root|0)$");
        }
        for (String overlay : List.of("dev", "prod")) {
            List<Map<String, Object>> rendered = render(overlay);
            for (Object rule : Yamls.list(Yamls.at(find(rendered, "Ingress", "zhaoshang-api"), "spec", "rules"))) {
                routesReachTheirPort(overlay, rule);
            }
            for (Object rule : Yamls.list(Yamls.at(find(rendered, "Ingress", "zhaoshang-console"), "spec", "rules"))) {
                routesReachTheirPort(overlay, rule);
            }
        }
    }

    private static void routesReachTheirPort(String overlay, Object rule) {
        for (Object path : Yamls.list(Yamls.at(rule, "http", "paths"))) {
            String backend = (String) Yamls.at(path, "backend", "service", "name");
            assertThat(Yamls.at(path, "backend", "service", "port", "number")).as(overlay + " " + backend)
                    .isEqualTo(Manifests.httpPort(backend));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasAnAutoscalerAndADisruptionBudget(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        for (String service : Manifests.APPS) {
            Map<String, Object> hpa = find(objects, "HorizontalPodAutoscaler", service);
            assertThat(Yamls.at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(service);
            assertThat(Yamls.at(find(objects, "PodDisruptionBudget", service), "spec", "selector", "matchLabels"))
                    .isEqualTo(Yamls.at(find(objects, "Deployment", service), "spec", "selector", "matchLabels"));
            if (overlay.equals("prod")) {
                assertThat((Integer) Yamls.at(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(3);
                assertThat(Yamls.at(find(objects, "Deployment", service), "spec", "replicas")).isEqualTo(3);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicAndDatabaseAServiceUsesIsDeclared(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        Set<String> topics = ofKind(objects, "KafkaTopic").stream().map(t -> (String) Yamls.at(t, "spec", "topicName"))
                .collect(Collectors.toSet());
        Set<String> databases = new TreeSet<>();
        databases.add((String) Yamls.at(find(objects, "Cluster", "zhaoshang-pg"), "spec", "bootstrap", "initdb", "database"));
        ofKind(objects, "Database").forEach(d -> databases.add((String) Yamls.at(d, "spec", "name")));
        for (String service : Manifests.SERVICES) {
            assertThat(topics).as(service).containsAll(Manifests.topics(service));
            Map<String, Object> config = Yamls.map(find(objects, "ConfigMap", service + "-config").get("data"));
            String url = (String) config.get(service.substring(0, service.indexOf('-')).toUpperCase() + "_DB_URL");
            assertThat(databases).as(service).contains(url.substring(url.lastIndexOf('/') + 1));
        }
        if (overlay.equals("prod")) {
            ofKind(objects, "KafkaTopic").forEach(t -> assertThat(Yamls.at(t, "spec", "replicas")).isEqualTo(3));
            assertThat(Yamls.at(find(objects, "Cluster", "zhaoshang-pg"), "spec", "instances")).isEqualTo(3);
            assertThat(Yamls.at(find(objects, "Cluster", "zhaoshang-pg"), "spec", "backup", "barmanObjectStore")).isNotNull();
            assertThat(ofKind(objects, "ScheduledBackup")).hasSize(1);
        }
    }

    /** Dev generates every secret anything refers to, with the keys asked for; prod keeps secrets out of git. */
    @Test
    void secretsAreGeneratedInDevAndAbsentFromProd() {
        List<Map<String, Object>> dev = render("dev");
        Map<String, Set<String>> wanted = new HashMap<>();
        for (Map<String, Object> deployment : ofKind(dev, "Deployment")) {
            for (Map<String, Object> env : Yamls.<Map<String, Object>>list(Manifests.containers(deployment).get(0).get("env"))) {
                Object secret = Yamls.at(env, "valueFrom", "secretKeyRef", "name");
                if (secret != null) {
                    wanted.computeIfAbsent((String) secret, s -> new TreeSet<>()).add((String) Yamls.at(env, "valueFrom", "secretKeyRef", "key"));
                }
            }
        }
        Map<String, Object> cluster = find(dev, "Cluster", "zhaoshang-pg");
        wanted.computeIfAbsent((String) Yamls.at(cluster, "spec", "bootstrap", "initdb", "secret", "name"), s -> new TreeSet<>())
                .addAll(List.of("username", "password"));
        for (Object role : Yamls.list(Yamls.at(cluster, "spec", "managed", "roles"))) {
            wanted.computeIfAbsent((String) Yamls.at(role, "passwordSecret", "name"), s -> new TreeSet<>())
                    .addAll(List.of("username", "password"));
            Map<String, Object> secret = find(dev, "Secret", (String) Yamls.at(role, "passwordSecret", "name"));
            String username = new String(Base64.getDecoder().decode((String) Yamls.at(secret, "data", "username")), StandardCharsets.UTF_8);
            assertThat(username).as("a role's secret names that role").isEqualTo(Yamls.at(role, "name"));
        }
        wanted.forEach((secret, keys) -> assertThat(Yamls.map(find(dev, "Secret", secret).get("data")).keySet())
                .as(secret).containsAll(keys));
        assertThat(ofKind(render("prod"), "Secret")).isEmpty();
    }

    private static List<Map<String, Object>> render(String overlay) {
        return Kustomize.build(Manifests.path("deploy/k8s/overlays/" + overlay));
    }

    private static Map<String, Object> composeServices() {
        return Yamls.map(Yamls.loadOne(COMPOSE).get("services"));
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(kind(o))).toList();
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(kind(o)) && name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> keyed = new HashMap<>();
        objects.forEach(o -> keyed.put(kind(o) + "/" + name(o), o));
        return keyed;
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return new ArrayList<>(List.of(path.split(":"))).stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
