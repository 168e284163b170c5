package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.chassis.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names people signed in with, learnt from their tokens as they act on tickets, so that what others read names
 * them as people (张伟) rather than by login (zhang.wei). A name is written only when it is new or has changed.
 */
@ApplicationScoped
public class People {

    private final EntityManager entityManager;
    private final Clock clock;
    /** What this replica last wrote or read, to spare the database a write on every call. */
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public People(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(Caller caller) {
        Optional<String> name = caller.displayName();
        if (name.isEmpty() || name.get().equals(known.get(caller.subject()))) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into person (subject, name, seen_at) values (?1, ?2, ?3)
                        on conflict (subject) do update set name = excluded.name, seen_at = excluded.seen_at
                        where person.name is distinct from excluded.name""")
                .setParameter(1, caller.subject()).setParameter(2, name.get()).setParameter(3, Instant.now(clock))
                .executeUpdate();
        known.put(caller.subject(), name.get());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> nameOf(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        List<?> names = entityManager.createNativeQuery("select name from person where subject = ?1")
                .setParameter(1, subject).getResultList();
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0).toString());
    }
}
