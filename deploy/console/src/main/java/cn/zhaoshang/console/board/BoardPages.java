package cn.zhaoshang.console.board;

import cn.zhaoshang.console.api.ApiProblem;
import cn.zhaoshang.console.api.Apis;
import cn.zhaoshang.console.api.Service;
import cn.zhaoshang.console.format.Beijing;
import cn.zhaoshang.console.session.Viewer;
import cn.zhaoshang.console.web.Pages;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * 督查看板: the district's targets against 序时进度 and the districts' ranking as charts, projects at risk, overdue and
 * escalated 诉求, and the daily brief. Its reads go out together; only the projects' milestones wait for the list.
 */
@Path("/board")
@Produces(MediaType.TEXT_HTML)
public class BoardPages {

    /** The board reads at most this many projects' milestones, the largest first. */
    static final int PROJECTS_READ = 40;

    @Inject
    Apis apis;
    @Inject
    Pages pages;
    @Inject
    Viewer viewer;
    @Inject
    @Location("board.html")
    Template board;

    @GET
    public TemplateInstance page(@QueryParam("district") String asked, @QueryParam("metric") String askedMetric) {
        if (!viewer.isSupervisor() && !viewer.isAdmin()) {
            throw new ForbiddenException("督查看板只对督查和管理员开放。");
        }
        LocalDate today = LocalDate.now(Beijing.ZONE);
        CompletableFuture<JsonNode> progressCall = apis.getAsync(Service.PROJECT, "/api/v1/stats/progress?year=" + today.getYear());
        String own = viewer.district();
        boolean cityWide = own == null || "*".equals(own);
        String district = cityWide ? (asked != null && asked.matches("[a-z0-9-]{1,40}") ? asked : null) : own;
        CompletableFuture<JsonNode> ticketsCall = apis.getAsync(Service.ASSIST, "/api/v1/tickets?size=100");
        CompletableFuture<JsonNode> projectsCall = apis.getAsync(Service.PROJECT, "/api/v1/projects?size=" + PROJECTS_READ
                + "&sort=-totalInvestment" + (district == null ? "" : "&district=" + encode(district)));
        JsonNode progress = Apis.join(progressCall);
        if (district == null && progress.path("districts").size() > 0) {
            district = progress.path("districts").get(0).path("district").asText();
        }
        CompletableFuture<JsonNode> briefCall = district == null ? CompletableFuture.completedFuture(null)
                : apis.getAsync(Service.NOTIFY, "/api/v1/briefs/" + encode(district));

        JsonNode mine = null;
        for (JsonNode d : progress.path("districts")) {
            if (d.path("district").asText().equals(district)) {
                mine = d;
            }
        }
        BigDecimal proRata = progress.path("yearSharePercent").decimalValue();
        List<TargetRow> targetRows = mine == null ? List.of() : TargetRow.of(mine);
        BarChart targets = null;
        if (!targetRows.isEmpty()) {
            targets = BarChart.of(targetRows.stream().map(TargetRow::label).toList(),
                    targetRows.stream().map(TargetRow::completionRate).toList(), proRata);
        }
        RankChart ranks = RankChart.of(targetRows);
        String metric = askedMetric != null && askedMetric.matches("[A-Z_]{1,40}") ? askedMetric : "SIGNED_AMOUNT";
        BarChart ranking = ranking(progress, metric, proRata);

        JsonNode tickets = Apis.join(ticketsCall).path("items");
        Map<String, List<JsonNode>> openByProject = new HashMap<>();
        List<JsonNode> overdue = new ArrayList<>();
        List<JsonNode> escalated = new ArrayList<>();
        for (JsonNode ticket : tickets) {
            String status = ticket.path("status").asText();
            if ("CLOSED".equals(status) || "RESOLVED".equals(status)) {
                continue;
            }
            openByProject.computeIfAbsent(ticket.path("projectId").asText(), k -> new ArrayList<>()).add(ticket);
            if (ticket.path("resolutionBreached").asBoolean() || ticket.path("responseBreached").asBoolean()
                    || ticket.path("resolutionRemainingWorkingMinutes").asLong(0) < 0) {
                overdue.add(ticket);
            }
            if (ticket.path("escalationLevel").asInt() > 0) {
                escalated.add(ticket);
            }
        }
        List<CompletableFuture<JsonNode>> details = new ArrayList<>();
        for (JsonNode summary : Apis.join(projectsCall).path("items")) {
            details.add(apis.getAsync(Service.PROJECT, "/api/v1/projects/" + summary.path("id").asText()));
        }
        List<ProjectRisk> risks = new ArrayList<>();
        for (CompletableFuture<JsonNode> detail : details) {
            JsonNode project = Apis.join(detail);
            risks.add(ProjectRisk.of(project, openByProject.getOrDefault(project.path("id").asText(), List.of()), today));
        }
        risks.sort(Comparator.comparing((ProjectRisk r) -> r.level().ordinal()));
        JsonNode brief = null;
        String briefError = null;
        try {
            brief = Apis.join(briefCall);
        } catch (ApiProblem problem) {
            briefError = problem.sentence();
        }
        return pages.page(board).data("progress", progress).data("district", district).data("mine", mine)
                .data("targets", targets).data("targetRows", targetRows).data("ranks", ranks).data("ranking", ranking).data("metric", metric).data("risks", risks)
                .data("overdue", overdue).data("escalated", escalated).data("brief", brief).data("briefError", briefError)
                .data("cityWide", cityWide);
    }

    /** The districts' completion of one metric, ranked as the report ranks them. */
    static BarChart ranking(JsonNode progress, String metric, BigDecimal proRata) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode district : progress.path("districts")) {
            for (JsonNode target : district.path("targets")) {
                if (target.path("metric").asText().equals(metric) && TargetRow.qualifier(target, "category") == null
                        && TargetRow.qualifier(target, "minTier") == null) {
                    rows.add(((com.fasterxml.jackson.databind.node.ObjectNode) target.deepCopy())
                            .put("districtName", district.path("districtName").asText()));
                }
            }
        }
        rows.sort(Comparator.comparingInt(t -> t.path("rank").asInt(Integer.MAX_VALUE)));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        for (JsonNode row : rows) {
            labels.add(row.path("rank").asText("—") + ". " + row.path("districtName").asText());
            rates.add(row.hasNonNull("completionRate") ? row.get("completionRate").decimalValue() : null);
        }
        // a district's supervisor sees only their own district: a comparison needs two or more
        return rows.size() < 2 ? null : BarChart.of(labels, rates, proRata);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
