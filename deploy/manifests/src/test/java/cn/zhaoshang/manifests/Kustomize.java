package cn.zhaoshang.manifests;

import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a Kustomize directory the way {@code kustomize build} does, for the part of Kustomize our manifests
 * use: resources (files and directories), namespace, labels, images, replicas, ConfigMap and Secret
 * generators without name hashes, and patches (inline JSON 6902 operations or strategic-merge files). A
 * kustomization field outside that part is refused rather than ignored, so a check never passes on a
 * half-rendered tree. Where kubectl is installed, {@link ManifestsTest} compares the two renderings.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "labels",
            "images", "replicas", "secretGenerator", "configMapGenerator", "generatorOptions", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "IngressClass", "StorageClass", "PersistentVolume");

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path dir) {
        Map<String, Object> kustomization = Yamls.loadOne(dir.resolve("kustomization.yaml"));
        for (String field : kustomization.keySet()) {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(dir + ": kustomization field not supported here: " + field);
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : Yamls.<String>list(kustomization.get("resources"))) {
            Path path = dir.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : Yamls.loadAll(path));
        }
        Map<String, Object> options = Yamls.map(kustomization.get("generatorOptions"));
        if (!options.isEmpty() && !Boolean.TRUE.equals(options.get("disableNameSuffixHash"))) {
            throw new IllegalArgumentException(dir + ": generated names with hashes are not supported here");
        }
        generate(objects, "ConfigMap", kustomization.get("configMapGenerator"));
        generate(objects, "Secret", kustomization.get("secretGenerator"));
        for (Map<String, Object> patch : Yamls.<Map<String, Object>>list(kustomization.get("patches"))) {
            applyPatch(dir, objects, patch);
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.get("kind")))
                    .forEach(o -> Yamls.map(o.get("metadata")).put("namespace", namespace));
        }
        for (Map<String, Object> label : Yamls.<Map<String, Object>>list(kustomization.get("labels"))) {
            objects.forEach(o -> Yamls.child(Yamls.map(o.get("metadata")), "labels").putAll(Yamls.map(label.get("pairs"))));
        }
        Yamls.<Map<String, Object>>list(kustomization.get("images")).forEach(image -> setImage(objects, image));
        Yamls.<Map<String, Object>>list(kustomization.get("replicas")).forEach(replicas ->
                deploymentSpec(objects, (String) replicas.get("name")).put("replicas", replicas.get("count")));
        return objects;
    }

    static String kind(Map<String, Object> object) {
        return (String) object.get("kind");
    }

    static String name(Map<String, Object> object) {
        return (String) Yamls.map(object.get("metadata")).get("name");
    }

    private static void generate(List<Map<String, Object>> objects, String kind, Object generators) {
        for (Map<String, Object> generator : Yamls.<Map<String, Object>>list(generators)) {
            String name = (String) generator.get("name");
            Map<String, Object> data = new LinkedHashMap<>();
            for (String literal : Yamls.<String>list(generator.get("literals"))) {
                String value = literal.substring(literal.indexOf('=') + 1);
                data.put(literal.substring(0, literal.indexOf('=')), kind.equals("Secret")
                        ? Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) : value);
            }
            if ("merge".equals(generator.get("behavior"))) {
                Yamls.child(objects.stream().filter(o -> kind.equals(kind(o)) && name.equals(name(o))).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("nothing to merge into: " + kind + " " + name)),
                        "data").putAll(data);
                continue;
            }
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("apiVersion", "v1");
            object.put("kind", kind);
            object.put("metadata", new LinkedHashMap<>(Map.of("name", name)));
            if (generator.get("type") != null) {
                object.put("type", generator.get("type"));
            }
            object.put("data", data);
            objects.add(object);
        }
    }

    private static void applyPatch(Path dir, List<Map<String, Object>> objects, Map<String, Object> patch) {
        Map<String, Object> target = Yamls.map(patch.get("target"));
        if (patch.get("path") != null) {
            Map<String, Object> merge = Yamls.loadOne(dir.resolve((String) patch.get("path")));
            Map<String, Object> into = objects.stream().filter(o -> matches(o, Map.of("kind", kind(merge), "name", name(merge))))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("patch target missing: " + patch));
            StrategicMerge.merge(into, merge);
            return;
        }
        List<Map<String, Object>> operations = Yamls.list(new Yaml().load((String) patch.get("patch")));
        List<Map<String, Object>> targets = objects.stream().filter(o -> matches(o, target)).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("patch target missing: " + target);
        }
        targets.forEach(object -> operations.forEach(operation -> JsonPatch.apply(object, operation)));
    }

    private static boolean matches(Map<String, Object> object, Map<String, Object> target) {
        return (target.get("kind") == null || target.get("kind").equals(kind(object)))
                && (target.get("name") == null || target.get("name").equals(name(object)));
    }

    private static Map<String, Object> deploymentSpec(List<Map<String, Object>> objects, String name) {
        return Yamls.map(objects.stream().filter(o -> "Deployment".equals(kind(o)) && name.equals(name(o))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Deployment " + name)).get("spec"));
    }

    private static void setImage(List<Map<String, Object>> objects, Map<String, Object> image) {
        for (Map<String, Object> deployment : objects.stream().filter(o -> "Deployment".equals(kind(o))).toList()) {
            for (Map<String, Object> container : Manifests.containers(deployment)) {
                String current = (String) container.get("image");
                String currentName = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (currentName.equals(image.get("name"))) {
                    String tag = image.get("newTag") != null ? (String) image.get("newTag")
                            : current.substring(current.lastIndexOf(':') + 1);
                    container.put("image", Objects.requireNonNullElse((String) image.get("newName"), currentName) + ":" + tag);
                }
            }
        }
    }

    /** JSON 6902 add, replace and remove, with JSON-pointer paths. */
    static final class JsonPatch {
        private JsonPatch() {
        }

        static void apply(Map<String, Object> object, Map<String, Object> operation) {
            String[] steps = ((String) operation.get("path")).substring(1).split("/");
            Object parent = object;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = step(parent, unescape(steps[i]));
                if (parent == null) {
                    throw new IllegalArgumentException("patch path does not exist: " + operation.get("path"));
                }
            }
            String last = unescape(steps[steps.length - 1]);
            String op = (String) operation.get("op");
            if (parent instanceof List<?> list) {
                @SuppressWarnings("unchecked") List<Object> items = (List<Object>) list;
                int index = last.equals("-") ? items.size() : Integer.parseInt(last);
                switch (op) {
                    case "add" -> items.add(index, operation.get("value"));
                    case "replace" -> items.set(index, operation.get("value"));
                    case "remove" -> items.remove(index);
                    default -> throw new IllegalArgumentException("patch op not supported here: " + op);
                }
                return;
            }
            Map<String, Object> map = Yamls.map(parent);
            if (!op.equals("add") && !map.containsKey(last)) {
                throw new IllegalArgumentException("patch path does not exist: " + operation.get("path"));
            }
            switch (op) {
                case "add", "replace" -> map.put(last, operation.get("value"));
                case "remove" -> map.remove(last);
                default -> throw new IllegalArgumentException("patch op not supported here: " + op);
            }
        }

        private static Object step(Object node, String key) {
            return node instanceof List<?> list ? list.get(Integer.parseInt(key)) : Yamls.map(node).get(key);
        }

        private static String unescape(String step) {
            return step.replace("~1", "/").replace("~0", "~");
        }
    }

    /** Strategic merge as far as our patches need it: maps merge deeply, lists of named items merge by name. */
    static final class StrategicMerge {
        private StrategicMerge() {
        }

        @SuppressWarnings("unchecked")
        static void merge(Map<String, Object> into, Map<String, Object> patch) {
            patch.forEach((key, value) -> {
                Object existing = into.get(key);
                if (existing instanceof Map<?, ?> && value instanceof Map<?, ?>) {
                    merge((Map<String, Object>) existing, (Map<String, Object>) value);
                } else if (existing instanceof List<?> list && value instanceof List<?> items && named(items)) {
                    mergeNamed((List<Object>) list, (List<Object>) items);
                } else {
                    into.put(key, value);
                }
            });
        }

        @SuppressWarnings("unchecked")
        private static void mergeNamed(List<Object> into, List<Object> items) {
            for (Object item : items) {
                Object name = ((Map<String, Object>) item).get("name");
                into.stream().filter(e -> e instanceof Map<?, ?> m && name.equals(m.get("name"))).findFirst()
                        .ifPresentOrElse(e -> merge((Map<String, Object>) e, (Map<String, Object>) item), () -> into.add(item));
            }
        }

        private static boolean named(List<?> items) {
            return !items.isEmpty() && items.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
        }
    }
}
