package cn.zhaoshang.notify.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Keeps the open tickets that block a milestone, by ticket version, so replays and late events change nothing. */
@ApplicationScoped
public class BlockingTickets {

    private final EntityManager entityManager;

    public BlockingTickets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param submitted the ticket's first event: it cannot be on the list yet, so there is nothing to take off */
    @Transactional(Transactional.TxType.MANDATORY)
    public void track(UUID ticketId, UUID projectId, String title, String blocksMilestone, boolean open, long version,
                      boolean submitted) {
        if (blocksMilestone == null || !open) {
            if (submitted) {
                return;
            }
            entityManager.createNativeQuery("delete from blocking_ticket where ticket_id = ?1 and source_version <= ?2")
                    .setParameter(1, ticketId).setParameter(2, version).executeUpdate();
            return;
        }
        entityManager.createNativeQuery("""
                        insert into blocking_ticket (ticket_id, project_id, title, blocks_milestone, source_version)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (ticket_id) do update set title = excluded.title, blocks_milestone = excluded.blocks_milestone,
                            source_version = excluded.source_version where blocking_ticket.source_version < excluded.source_version""")
                .setParameter(1, ticketId).setParameter(2, projectId).setParameter(3, title).setParameter(4, blocksMilestone)
                .setParameter(5, version).executeUpdate();
    }
}
