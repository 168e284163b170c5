package cn.zhaoshang.chassis.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Appends to the audit trail and reads it back; there is deliberately no way to change or remove an entry. */
@ApplicationScoped
public class AuditTrail {

    static final int MAX_PAGE_SIZE = 200;

    /** Its own transaction: a refused call (whose own transaction rolled back) is recorded too. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(AuditEntry entry) {
        entry.persist();
    }

    @Transactional
    public AuditPage read(String actor, Instant from, Instant to, int page, int size) {
        int pageSize = Math.min(size, MAX_PAGE_SIZE);
        StringBuilder where = new StringBuilder("at >= :from and at < :to");
        Parameters params = Parameters.with("from", from).and("to", to);
        if (actor != null) {
            where.append(" and actor = :actor");
            params.and("actor", actor);
        }
        var query = AuditEntry.<AuditEntry>find(where.toString(), Sort.descending("at", "id"), params);
        return new AuditPage(query.page(Page.of(page, pageSize)).stream().map(AuditView::of).toList(),
                query.count(), page, pageSize);
    }
}
