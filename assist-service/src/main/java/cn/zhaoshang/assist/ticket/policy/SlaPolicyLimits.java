package cn.zhaoshang.assist.ticket.policy;

import cn.zhaoshang.assist.ticket.Category;
import cn.zhaoshang.assist.ticket.Priority;
import cn.zhaoshang.assist.ticket.SlaLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limits a new ticket gets, from the policy table. Every submission needs them and they change rarely, so each
 * replica keeps what it read for {@link #FRESH_FOR}: a change made here counts from its commit, one made through
 * another replica from at most that much later.
 */
@ApplicationScoped
public class SlaPolicyLimits implements SlaLimits {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Read(Limits limits, long atNanos) {
    }

    /** Fired when a policy was stored; heard after the commit. */
    public record PolicyChanged(Category category, Priority priority) {
    }

    private final Map<String, Read> read = new ConcurrentHashMap<>();

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Limits of(Category category, Priority priority) {
        String key = category + "/" + priority;
        Read known = read.get(key);
        long now = System.nanoTime();
        if (known != null && now - known.atNanos() < FRESH_FOR.toNanos()) {
            return known.limits();
        }
        SlaPolicy policy = SlaPolicy.of(category, priority);
        if (policy == null) {
            throw new IllegalStateException("no SLA policy for " + category + "/" + priority + "; the migrations seed one for each");
        }
        Limits limits = new Limits(policy.responseAmount, policy.responseUnit, policy.resolutionAmount, policy.resolutionUnit,
                policy.warningRatio);
        read.put(key, new Read(limits, now));
        return limits;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyChanged changed) {
        read.remove(changed.category() + "/" + changed.priority());
    }
}
