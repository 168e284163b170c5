package cn.zhaoshang.project.enterprise;

import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.chassis.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class EnterpriseService {

    private final Caller caller;
    private final Clock clock;

    public EnterpriseService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    public EnterpriseView register(NewEnterprise request) {
        if (Enterprise.byCreditCode(request.creditCode()).isPresent()) {
            throw new Conflict("an enterprise with credit code " + request.creditCode() + " is registered already");
        }
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        enterprise.name = request.name().strip();
        enterprise.creditCode = request.creditCode();
        enterprise.contactPerson = request.contactPerson();
        enterprise.contactPhone = request.contactPhone();
        enterprise.createdAt = Instant.now(clock);
        enterprise.updatedAt = enterprise.createdAt;
        enterprise.persist();
        return EnterpriseView.of(enterprise);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnterpriseView get(UUID id) {
        return EnterpriseView.of(visible(id));
    }

    /** An enterprise user sees only its own enterprise; to anyone else another's does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enterprise visible(UUID id) {
        Enterprise enterprise = Enterprise.<Enterprise>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFound("enterprise", id));
        if (!caller.isOfficial() && !Optional.of(enterprise.creditCode).equals(caller.enterprise())) {
            throw new ResourceNotFound("enterprise", id);
        }
        return enterprise;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnterpriseView> search(String query, int limit) {
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase()) + "%";
        if (!caller.isOfficial()) {
            String needle = query == null ? "" : query.strip();
            return caller.enterprise().flatMap(Enterprise::byCreditCode).stream()
                    .filter(e -> e.name.contains(needle) || e.creditCode.contains(needle.toUpperCase()))
                    .map(EnterpriseView::of).toList();
        }
        return Enterprise.<Enterprise>find("lower(name) like ?1 or creditCode like upper(?1) order by name", pattern)
                .page(0, limit).list().stream().map(EnterpriseView::of).toList();
    }
}
