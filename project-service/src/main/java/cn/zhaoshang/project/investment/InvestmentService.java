package cn.zhaoshang.project.investment;

import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.project.registry.Project;
import cn.zhaoshang.project.registry.ProjectAccess;
import cn.zhaoshang.project.registry.ProjectEvents;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class InvestmentService {

    private final ProjectAccess access;
    private final ProjectEvents events;
    private final Caller caller;
    private final EntityManager entityManager;
    private final Clock clock;

    public InvestmentService(ProjectAccess access, ProjectEvents events, Caller caller, EntityManager entityManager, Clock clock) {
        this.access = access;
        this.events = events;
        this.caller = caller;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Returns the report and whether it was created (true) or corrected (false). */
    public Map.Entry<ReportView, Boolean> report(UUID projectId, ReportRequest request) {
        Project project = access.workable(projectId);
        YearMonth month = YearMonth.parse(request.month());
        YearMonth current = YearMonth.from(Clocks.today(clock));
        if (month.isAfter(current)) {
            throw new InvalidInput("month", "is in the future (this month is " + current + ")");
        }
        Optional<InvestmentReport> existing = InvestmentReport.of(projectId, request.month());
        boolean correction = Boolean.TRUE.equals(request.correction());
        if (existing.isPresent() && !correction) {
            throw new Conflict("a report for " + request.month() + " exists already; send \"correction\": true to replace it",
                    Map.of("existingAmount", existing.get().amount));
        }
        if (existing.isEmpty() && correction) {
            throw new InvalidInput("correction", "there is no report for " + request.month() + " to correct");
        }
        InvestmentReport report = existing.map(r -> revise(r, request)).orElseGet(() -> create(projectId, request));
        entityManager.flush();
        project.investmentCompleted = InvestmentReport.total(projectId);
        project.updatedAt = Instant.now(clock);
        entityManager.flush();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("month", report.month);
        change.put("amount", report.amount);
        change.put("correction", correction);
        change.put("cumulative", project.investmentCompleted);
        events.publish(ProjectEventType.INVESTMENT_REPORTED, project, change);
        return Map.entry(ReportView.of(report), existing.isEmpty());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportView> list(UUID projectId) {
        access.readable(projectId);
        return InvestmentReport.ofProject(projectId).stream().map(ReportView::of).toList();
    }

    private InvestmentReport create(UUID projectId, ReportRequest request) {
        InvestmentReport report = new InvestmentReport();
        report.id = UUID.randomUUID();
        report.projectId = projectId;
        report.month = request.month();
        report.amount = request.amount();
        report.reportedBy = caller.subject();
        report.reportedAt = Instant.now(clock);
        report.persist();
        return report;
    }

    private InvestmentReport revise(InvestmentReport report, ReportRequest request) {
        InvestmentRevision revision = new InvestmentRevision();
        revision.id = UUID.randomUUID();
        revision.reportId = report.id;
        revision.previousAmount = report.amount;
        revision.newAmount = request.amount();
        revision.note = request.note();
        revision.revisedBy = caller.subject();
        revision.revisedAt = Instant.now(clock);
        revision.persist();
        report.amount = request.amount();
        return report;
    }
}
