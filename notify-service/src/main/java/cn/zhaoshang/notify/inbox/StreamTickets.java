package cn.zhaoshang.notify.inbox;

import cn.zhaoshang.chassis.persistence.Row;
import cn.zhaoshang.chassis.security.Sha256;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Stream tickets: a caller with a bearer token asks for one, a browser's {@code EventSource} opens the stream with it.
 * 32 random bytes, valid for {@code notify.stream.ticket-lifetime} (60 s), redeemed once (any replica: they are in
 * the database, hashed). The stream it opens reads as that caller and ends when the caller's token expires.
 */
@ApplicationScoped
public class StreamTickets {

    /** A ticket as handed out: the text to put in the stream's URL, and until when it can be used. */
    public record Issued(String ticket, Instant expiresAt) {
    }

    /** A redeemed ticket: who reads, and until when. */
    public record Redeemed(Reader reader, Instant tokenExpiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final Clock clock;
    private final StreamSettings settings;

    public StreamTickets(EntityManager entityManager, Clock clock, StreamSettings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
    }

    public Issued issue(Reader reader, Instant tokenExpiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now(clock);
        // never beyond the token it stands for
        Instant expiresAt = min(now.plus(settings.ticketLifetime()), tokenExpiresAt);
        QuarkusTransaction.joiningExisting().run(() -> entityManager.createNativeQuery("""
                        insert into stream_ticket (ticket_hash, subject, enterprise, district, supervises, city_wide,
                                                   token_expires_at, expires_at)
                        values (:hash, :subject, :enterprise, :district, :supervises, :cityWide, :tokenExpiresAt, :expiresAt)""")
                .setParameter("hash", hash(ticket)).setParameter("subject", reader.subject())
                .setParameter("enterprise", reader.enterprise().orElse(null)).setParameter("district", reader.district().orElse(null))
                .setParameter("supervises", reader.supervises()).setParameter("cityWide", reader.cityWide())
                .setParameter("tokenExpiresAt", tokenExpiresAt).setParameter("expiresAt", expiresAt).executeUpdate());
        return new Issued(ticket, expiresAt);
    }

    /** The ticket's reader if it is valid and unused; it is used from now on. Empty for anything else. */
    public Optional<Redeemed> redeem(String ticket) {
        if (ticket == null || ticket.length() > 100) {
            return Optional.empty();
        }
        List<Row> rows = QuarkusTransaction.requiringNew().call(() -> Row.all(entityManager.createNativeQuery("""
                        update stream_ticket set used_at = :now
                        where ticket_hash = :hash and used_at is null and expires_at > :now
                        returning subject, enterprise, district, supervises, city_wide, token_expires_at""", Tuple.class)
                .setParameter("now", Instant.now(clock)).setParameter("hash", hash(ticket))));
        return rows.stream().findFirst().map(row -> new Redeemed(new Reader(row.text("subject"),
                Optional.ofNullable(row.text("enterprise")), Optional.ofNullable(row.text("district")),
                row.flag("supervises"), row.flag("city_wide")), row.instant("token_expires_at")));
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOld() {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "delete from stream_ticket where expires_at < :cutoff")
                    .setParameter("cutoff", Instant.now(clock).minusSeconds(3600)).executeUpdate());
        } catch (RuntimeException e) {
            Log.warnf("stream tickets: clean-up failed, the next run tries again: %s", e.toString());
        }
    }

    private static String hash(String ticket) {
        return Sha256.hex(ticket.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
