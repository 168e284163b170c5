package cn.zhaoshang.project.investment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ReportView(UUID id, UUID projectId, String month, BigDecimal amount, String reportedBy,
                         Instant reportedAt, List<Revision> revisions) {

    public record Revision(BigDecimal previousAmount, BigDecimal newAmount, String note, String revisedBy, Instant revisedAt) {
    }

    static ReportView of(InvestmentReport r) {
        List<Revision> revisions = InvestmentRevision.ofReport(r.id).stream()
                .map(v -> new Revision(v.previousAmount, v.newAmount, v.note, v.revisedBy, v.revisedAt)).toList();
        return new ReportView(r.id, r.projectId, r.month, r.amount, r.reportedBy, r.reportedAt, revisions);
    }
}
