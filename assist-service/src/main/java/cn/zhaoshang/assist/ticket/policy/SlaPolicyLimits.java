package cn.zhaoshang.assist.ticket.policy;

import cn.zhaoshang.assist.ticket.Category;
import cn.zhaoshang.assist.ticket.Priority;
import cn.zhaoshang.assist.ticket.SlaLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The limits a new ticket gets, read from the policy table as it stands when the ticket is submitted. */
@ApplicationScoped
public class SlaPolicyLimits implements SlaLimits {

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Limits of(Category category, Priority priority) {
        SlaPolicy policy = SlaPolicy.of(category, priority);
        if (policy == null) {
            throw new IllegalStateException("no SLA policy for " + category + "/" + priority + "; the migrations seed one for each");
        }
        return new Limits(policy.responseAmount, policy.responseUnit, policy.resolutionAmount, policy.resolutionUnit,
                policy.warningRatio);
    }
}
