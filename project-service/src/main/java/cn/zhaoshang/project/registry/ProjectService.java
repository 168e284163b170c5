package cn.zhaoshang.project.registry;

import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.project.enterprise.Enterprise;
import cn.zhaoshang.project.lifecycle.Milestone;
import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.problem.VersionMismatch;
import cn.zhaoshang.project.reference.ReferenceData;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.time.Clocks;
import cn.zhaoshang.chassis.cache.VersionedCache;
import cn.zhaoshang.project.registry.ProjectTotals.Matches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ProjectService {

    private static final LocalDate EARLIEST_PLAN = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST_PLAN = LocalDate.of(2100, 12, 31);
    private static final Set<Stage> INITIAL_STAGES = Set.of(Stage.LEAD, Stage.NEGOTIATING, Stage.SIGNED);
    /**
     * A list page sorts its matches ({@link ProjectQuery#orderByAfterFiltering}) when there are at most this many and
     * fewer than ten times the rows up to the page's end: a walk of an index in sort order would then read at least a
     * tenth of what it walks before the page is full, while sorting a few thousand rows takes a few milliseconds.
     */
    private static final int MAX_MATCHES_SORTED = 5_000;

    private final ReferenceData reference;
    private final ProjectAccess access;
    private final ProjectEvents events;
    private final Caller caller;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ProjectDataVersion dataVersion;
    private final VersionedCache<String, Page<ProjectSummary>> listPages;
    private final VersionedCache<String, Matches> listTotals;
    private final ProjectTotals totals;

    public ProjectService(ReferenceData reference, ProjectAccess access, ProjectEvents events, Caller caller,
                          EntityManager entityManager, Clock clock, ProjectDataVersion dataVersion,
                          ListCacheSettings listCache, ProjectTotals totals) {
        this.totals = totals;
        this.dataVersion = dataVersion;
        this.listPages = new VersionedCache<>(listCache.entries(), listCache.maxAge());
        this.listTotals = new VersionedCache<>(listCache.entries(), listCache.maxAge());
        this.reference = reference;
        this.access = access;
        this.events = events;
        this.caller = caller;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public ProjectView register(NewProject request) {
        Enterprise enterprise = Enterprise.<Enterprise>findByIdOptional(request.enterpriseId())
                .orElseThrow(() -> new InvalidInput("enterpriseId", "no enterprise has this id; register it first"));
        checkReferences(request.district(), request.industry(), request.categories(), request.attractionMethod());
        // Not a bad request but a refusal: the caller is not allowed to act for another district.
        access.requireMayPlaceIn(request.district());
        Stage stage = request.stage() == null ? Stage.LEAD : request.stage();
        if (!INITIAL_STAGES.contains(stage)) {
            throw new InvalidInput("stage", "a new project starts as LEAD, NEGOTIATING or SIGNED; later stages are reached by transitions");
        }
        LocalDate today = Clocks.today(clock);
        LocalDate since = request.stageSince() == null ? today : request.stageSince();
        if (since.isAfter(today)) {
            throw new InvalidInput("stageSince", "is in the future (today is " + today + " in Asia/Shanghai)");
        }
        Project project = Project.register(request, enterprise.id, stage, since, caller.subject(), Instant.now(clock));
        setLineage(project, request.kind(), request.parentProjectId(), request.phaseLabel());
        project.searchText = searchText(project.name, enterprise);
        project.persist();
        Milestone.getOrCreate(project.id, stage).actualOn = since;
        if (request.plannedMilestones() != null) {
            request.plannedMilestones().forEach((milestone, planned) -> plan(project.id, milestone, planned));
        }
        events.publish(ProjectEventType.REGISTERED, project, Map.of("stage", stage, "stageSince", since));
        return ProjectView.of(project);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectView get(UUID id) {
        return ProjectView.of(access.readable(id));
    }

    public ProjectView patch(UUID id, Long expectedVersion, ProjectPatch patch) {
        if (expectedVersion == null) {
            throw VersionMismatch.missing();
        }
        Project project = access.workable(id);
        if (project.version != expectedVersion) {
            throw VersionMismatch.stale(project.version);
        }
        checkReferences(patch.district(), patch.industry(), patch.categories(), patch.attractionMethod());
        if (patch.district() != null && !patch.district().equals(project.districtCode)) {
            access.requireMayPlaceIn(patch.district());
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        project.name = change(changed, "name", project.name, patch.name() == null ? null : patch.name().strip());
        project.districtCode = change(changed, "district", project.districtCode, patch.district());
        project.industryCode = change(changed, "industry", project.industryCode, patch.industry());
        if (patch.categories() != null && !Arrays.equals(project.categories, Project.categoryCodes(patch.categories()))) {
            project.categories = Project.categoryCodes(patch.categories());
            changed.put("categories", List.of(project.categories));
        }
        project.attractionMethod = change(changed, "attractionMethod", project.attractionMethod, patch.attractionMethod());
        project.campaign = change(changed, "campaign", project.campaign, patch.campaign());
        project.remark = change(changed, "remark", project.remark, patch.remark());
        project.totalInvestment = change(changed, "totalInvestment", project.totalInvestment, patch.totalInvestment());
        project.agreedInvestment = change(changed, "agreedInvestment", project.agreedInvestment, patch.agreedInvestment());
        project.foreignCapitalUsd = change(changed, "foreignCapitalUsd", project.foreignCapitalUsd, patch.foreignCapitalUsd());
        project.outOfProvinceCapital = change(changed, "outOfProvinceCapital", project.outOfProvinceCapital, patch.outOfProvinceCapital());
        project.cityListed = change(changed, "cityListed", project.cityListed, patch.cityListed());
        project.phaseLabel = change(changed, "phaseLabel", project.phaseLabel, patch.phaseLabel());
        if (changed.isEmpty()) {
            return ProjectView.of(project);
        }
        project.deriveTier();
        project.searchText = searchText(project.name, Enterprise.findById(project.enterpriseId));
        project.updatedAt = Instant.now(clock);
        events.publish(ProjectEventType.UPDATED, project, changed);
        return ProjectView.of(project);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProjectSummary> list(ProjectQuery query) {
        Map<String, Object> params = new TreeMap<>();
        String where = " where " + access.listCondition(params) + " and " + query.where(params);
        int size = query.effectiveSize();
        long version = dataVersion.current();
        String filterKey = cacheKey(where, params);
        return listPages.get(filterKey + query.orderBy() + "|" + query.page() + "|" + size, version, () -> {
            if (!totals.countsAhead(query)) {
                List<ProjectSummary> items = page(query, where, params, query.orderBy());
                return new Page<>(items, total(query, where, params, items.size(), version), query.page(), size);
            }
            Matches matches = listTotals.get(filterKey, version, () -> totals.count(query, where, params));
            long offset = (long) query.page() * size;
            if (offset >= matches.total()) {
                return new Page<>(List.of(), matches.total(), query.page(), size);
            }
            Map<String, Object> pageParams = new TreeMap<>();
            String pageWhere = " where " + access.listCondition(matches.narrow(access.listReach()), pageParams)
                    + " and " + query.where(pageParams);
            boolean fewMatches = matches.total() <= Math.min(MAX_MATCHES_SORTED, 10 * (offset + size));
            List<ProjectSummary> items = page(query, pageWhere, pageParams,
                    fewMatches ? query.orderByAfterFiltering("p") : query.orderBy());
            return new Page<>(items, matches.total(), query.page(), size);
        });
    }

    /**
     * One page of the filter in the order {@code orderBy} of {@code p}. A projection, not entities: the list needs no
     * change tracking, and skipping it is most of the cost. The page's ids are found first, where an index can give
     * them, and only those rows are joined: an offset deep into a district then skips index entries, not joined rows.
     */
    private List<ProjectSummary> page(ProjectQuery query, String where, Map<String, Object> params, String orderBy) {
        int size = query.effectiveSize();
        TypedQuery<ProjectSummary.Row> rows = entityManager.createQuery("select new " + ProjectSummary.Row.class.getName()
                + "(x.id, x.name, x.enterpriseId, e.name, x.districtCode, x.industryCode, x.categories, x.stage, x.tier,"
                + " x.major, x.totalInvestment, x.agreedInvestment, x.investmentCompleted, x.createdAt)"
                + " from Project x left join Enterprise e on e.id = x.enterpriseId"
                + " where x.id in (select p.id from Project p" + where + " order by " + orderBy
                + " limit :pageLimit offset :pageOffset)"
                + " order by " + query.orderBy("x"), ProjectSummary.Row.class);
        params.forEach(rows::setParameter);
        return rows.setParameter("pageLimit", size).setParameter("pageOffset", query.page() * size)
                .getResultList().stream().map(ProjectSummary.Row::summary).toList();
    }

    /**
     * How many projects a filter that must be counted as listed matches (a search, an enterprise's own). A page that
     * is not full and not past the end tells it exactly; otherwise it is counted, which costs more than a page, so the
     * other pages of the same filter share the count.
     */
    private long total(ProjectQuery query, String where, Map<String, Object> params, int onPage, long version) {
        int size = query.effectiveSize();
        if (onPage < size && (onPage > 0 || query.page() == 0)) {
            return (long) query.page() * size + onPage;
        }
        return listTotals.get(cacheKey(where, params), version, () -> totals.count(query, where, params)).total();
    }

    /** The condition with its parameters' values: arrays by their elements, so that equal filters share an entry. */
    private static String cacheKey(String where, Map<String, Object> params) {
        StringBuilder key = new StringBuilder(where);
        params.forEach((name, value) -> key.append('|').append(name).append('=')
                .append(value instanceof Object[] values ? Arrays.toString(values) : value));
        return key.toString();
    }

    /** Sets a planned date; the caller has checked access. */
    public static void plan(UUID projectId, Stage stage, LocalDate planned) {
        if (!stage.isMilestone()) {
            throw new InvalidInput("plannedMilestones", stage + " is not a milestone that can be planned");
        }
        if (planned != null && (planned.isBefore(EARLIEST_PLAN) || planned.isAfter(LATEST_PLAN))) {
            throw new InvalidInput("plannedMilestones." + stage, "must lie between " + EARLIEST_PLAN + " and " + LATEST_PLAN);
        }
        Milestone.getOrCreate(projectId, stage).plannedOn = planned;
    }

    private void checkReferences(String district, String industry, List<String> categories, String attractionMethod) {
        reference.requireDistrict("district", district);
        reference.requireIndustry("industry", industry);
        reference.requireCategories("categories", categories);
        reference.requireAttractionMethod("attractionMethod", attractionMethod);
    }

    private void setLineage(Project project, ProjectKind kind, UUID parentId, String phaseLabel) {
        project.kind = kind == null ? (parentId == null ? ProjectKind.NEW : ProjectKind.PHASE) : kind;
        if (project.kind != ProjectKind.NEW) {
            if (parentId == null) {
                throw new InvalidInput("parentProjectId", "a " + project.kind + " project names its parent project");
            }
            Project parent = Project.findById(parentId);
            if (parent == null || !access.canRead(parent)) {
                throw new InvalidInput("parentProjectId", "no project with this id");
            }
            if (!parent.enterpriseId.equals(project.enterpriseId)) {
                throw new InvalidInput("parentProjectId", "the parent project belongs to another enterprise");
            }
        } else if (parentId != null) {
            throw new InvalidInput("parentProjectId", "a NEW project has no parent; use kind PHASE or ADDED_INVESTMENT");
        }
        project.parentProjectId = parentId;
        project.phaseLabel = phaseLabel;
    }

    /** What the list's {@code q} searches: the project's and enterprise's names and the credit code, lower-cased. */
    public static String searchText(String projectName, Enterprise enterprise) {
        return SearchText.of(projectName, enterprise.name, enterprise.creditCode);
    }

    private static <T> T change(Map<String, Object> changed, String field, T current, T proposed) {
        if (proposed == null || sameValue(current, proposed)) {
            return current;
        }
        changed.put(field, proposed);
        return proposed;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
