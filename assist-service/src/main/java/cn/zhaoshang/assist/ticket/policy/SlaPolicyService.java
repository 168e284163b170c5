package cn.zhaoshang.assist.ticket.policy;

import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.assist.ticket.Category;
import cn.zhaoshang.assist.ticket.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
@Transactional
public class SlaPolicyService {

    static final BigDecimal DEFAULT_WARNING_RATIO = new BigDecimal("0.75");

    private final Caller caller;
    private final Clock clock;
    private final Event<SlaPolicyLimits.PolicyChanged> changed;

    public SlaPolicyService(Caller caller, Clock clock, Event<SlaPolicyLimits.PolicyChanged> changed) {
        this.caller = caller;
        this.clock = clock;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlaPolicyView> all() {
        return SlaPolicy.ordered().stream().map(SlaPolicyView::of).toList();
    }

    public SlaPolicyView set(Category category, SlaPolicyRequest request) {
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        SlaPolicy policy = SlaPolicy.of(category, priority);
        if (policy == null) {
            policy = new SlaPolicy();
            policy.category = category;
            policy.priority = priority;
        }
        policy.responseAmount = request.responseAmount();
        policy.responseUnit = request.responseUnit();
        policy.resolutionAmount = request.resolutionAmount();
        policy.resolutionUnit = request.resolutionUnit();
        policy.warningRatio = request.warningRatio() == null ? DEFAULT_WARNING_RATIO : request.warningRatio();
        policy.updatedBy = caller.subject();
        policy.updatedAt = Instant.now(clock);
        policy.persist();
        changed.fire(new SlaPolicyLimits.PolicyChanged(category, priority));
        return SlaPolicyView.of(policy);
    }
}
