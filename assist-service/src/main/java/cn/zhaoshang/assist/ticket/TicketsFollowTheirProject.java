package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.ProjectMoved;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A project's tickets are in the project's district: when the project moves, so do they, in the same transaction,
 * so that reading one ticket, listing tickets and the statistics agree on who may see them.
 */
@ApplicationScoped
public class TicketsFollowTheirProject {

    void onMove(@Observes ProjectMoved move) {
        int tickets = Ticket.update("district = ?1 where projectId = ?2 and district <> ?1", move.to(), move.projectId());
        if (tickets > 0) {
            Log.infof("project %s moved from %s to %s: %d tickets moved with it", move.projectId(), move.from(), move.to(), tickets);
        }
    }
}
