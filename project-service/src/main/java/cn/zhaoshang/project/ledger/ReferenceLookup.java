package cn.zhaoshang.project.ledger;

import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.project.reference.ReferenceEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reference data as a ledger names it: by code (etdz) or by its Chinese name (淮安经济技术开发区), for districts,
 * industries, categories and attraction methods; stages by code or label (签约, 开工; 招商信息 and 线索 both for LEAD).
 */
public final class ReferenceLookup {

    private final Map<String, String> districts;
    private final Map<String, String> industries;
    private final Map<String, String> categories;
    private final Map<String, String> methods;

    public ReferenceLookup(List<ReferenceEntry> districts, List<ReferenceEntry> industries,
                           List<ReferenceEntry> categories, List<ReferenceEntry> methods) {
        this.districts = index(districts);
        this.industries = index(industries);
        this.categories = index(categories);
        this.methods = index(methods);
    }

    private static Map<String, String> index(List<ReferenceEntry> entries) {
        Map<String, String> byText = new HashMap<>();
        entries.forEach(e -> {
            byText.put(e.code().toLowerCase(), e.code());
            byText.put(e.name(), e.code());
        });
        return byText;
    }

    Optional<String> district(String text) {
        return find(districts, text);
    }

    Optional<String> industry(String text) {
        return find(industries, text);
    }

    Optional<String> category(String text) {
        return find(categories, text);
    }

    Optional<String> method(String text) {
        return find(methods, text);
    }

    static Optional<Stage> stage(String text) {
        String wanted = text.strip();
        for (Stage stage : Stage.values()) {
            if (stage.name().equalsIgnoreCase(wanted) || stage.label().equals(wanted)
                    || List.of(stage.label().split("/")).contains(wanted)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(Map<String, String> index, String text) {
        String wanted = text.strip();
        return Optional.ofNullable(index.getOrDefault(wanted, index.get(wanted.toLowerCase())));
    }
}
