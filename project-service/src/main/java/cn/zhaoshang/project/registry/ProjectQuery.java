package cn.zhaoshang.project.registry;

import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The list's filters, sort and page, turned into HQL. Sort fields are whitelisted; {@code -} sorts descending. */
public record ProjectQuery(String district, Stage stage, Tier tier, String industry, String category, String q,
                           int page, int size, String sort) {

    public static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> SORTABLE = Set.of(
            "name", "createdAt", "totalInvestment", "agreedInvestment", "stage", "investmentCompleted");

    /** Page sizes above the cap are served at the cap (the response says which size it used). */
    public int effectiveSize() {
        return Math.min(size, MAX_PAGE_SIZE);
    }

    public String where(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        add(conditions, params, "p.districtCode = :district", "district", district);
        add(conditions, params, "p.stage = :stage", "stage", stage);
        add(conditions, params, "p.tier = :tier", "tier", tier);
        add(conditions, params, "p.industryCode = :industry", "industry", industry);
        add(conditions, params, "array_contains(p.categories, :category)", "category", category);
        if (q != null && !q.isBlank()) {
            String text = SearchText.normalized(q.strip());
            conditions.add("p.searchText like :q");
            params.put("q", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            String[] grams = SearchText.lookup(text);
            if (grams.length > 0) {
                // the index finds the texts holding every one of them; the "like" keeps those that hold the search
                conditions.add("array_includes(p.searchGrams, :qGrams)");
                params.put("qGrams", grams);
            }
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** Whether the kept counts of {@code project_count_fact} can tell how many projects match: every filter but q. */
    public boolean countableByGroups() {
        return q == null || q.isBlank();
    }

    /**
     * The same filter over {@code project_count_fact} (V14), for a caller who sees the projects of {@code scope}
     * ({@link Caller#CITY_WIDE}: every district): summing the rows it selects counts each matching project once.
     */
    public String groupConditions(String scope, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("category = :category");
        params.put("category", category == null || category.isBlank() ? "" : category);
        if (!Caller.CITY_WIDE.equals(scope)) {
            conditions.add("district_code = :scope");
            params.put("scope", scope);
        }
        add(conditions, params, "district_code = :district", "district", district);
        add(conditions, params, "stage = :stage", "stage", stage == null ? null : stage.name());
        add(conditions, params, "tier = :tier", "tier", tier == null ? null : tier.name());
        add(conditions, params, "industry_code = :industry", "industry", industry);
        return String.join(" and ", conditions);
    }

    /** The order for the filter's alias {@code p}. */
    public String orderBy() {
        return orderBy("p");
    }

    /** The order for a project aliased {@code alias}; {@code id} last, so that pages never overlap. */
    public String orderBy(String alias) {
        return orderBy(alias, false);
    }

    /**
     * The same order, written so that no index can give it: PostgreSQL then finds the matches through the filter's
     * indexes and sorts them. For few matches that is far cheaper than walking an index in sort order, which reads
     * every entry the filter rejects and, when the matches are fewer than the page needs, reads it to its end.
     */
    public String orderByAfterFiltering(String alias) {
        return orderBy(alias, true);
    }

    private String orderBy(String alias, boolean afterFiltering) {
        if (sort == null || sort.isBlank()) {
            return sortKey(alias + ".createdAt", afterFiltering) + " desc, " + alias + ".id";
        }
        List<String> parts = new ArrayList<>();
        for (String token : sort.split(",")) {
            String field = token.strip();
            boolean descending = field.startsWith("-");
            String column = descending ? field.substring(1) : field;
            if (!SORTABLE.contains(column)) {
                throw new InvalidInput("sort", "cannot sort by '" + field + "'; use " + SORTABLE
                        + ", with '-' for descending");
            }
            parts.add(sortKey(alias + "." + column, afterFiltering) + (descending ? " desc" : " asc"));
        }
        parts.add(alias + ".id");
        return String.join(", ", parts);
    }

    /** {@code coalesce(x, x)} is {@code x}, in the same order and nulls, but not an expression any index holds. */
    private static String sortKey(String path, boolean afterFiltering) {
        return afterFiltering ? "coalesce(" + path + ", " + path + ")" : path;
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            params.put(name, value);
        }
    }
}
