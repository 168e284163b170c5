package cn.zhaoshang.notify.webhook;

import cn.zhaoshang.notify.inbox.NotificationKind;
import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Caller caller;
    private final Clock clock;
    private final WebhookTargets targets;
    private final int maxPerOwner;

    public WebhookService(Caller caller, Clock clock, WebhookTargets targets, WebhookSettings settings) {
        this.caller = caller;
        this.clock = clock;
        this.targets = targets;
        this.maxPerOwner = settings.maxPerOwner();
    }

    public WebhookView create(WebhookRequest request) {
        List<String> kinds = request.kinds() == null ? List.of() : request.kinds();
        kinds.stream().filter(k -> !NotificationKind.known(k)).findFirst().ifPresent(k -> {
            throw new InvalidInput("kinds", "unknown notification kind '" + k + "'");
        });
        try {
            targets.check(request.url());
        } catch (WebhookTargets.Refused refused) {
            throw new InvalidInput("url", "the URL " + refused.getMessage());
        }
        if (Webhook.count("owner", caller.subject()) >= maxPerOwner) {
            throw new Conflict("you have " + maxPerOwner + " webhooks, as many as one person may have: delete one first");
        }
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.owner = caller.subject();
        w.enterpriseCode = caller.enterprise().orElse(null);
        w.district = caller.districtScope();
        w.supervises = caller.is(Roles.SUPERVISOR) || caller.isAdmin();
        w.url = request.url().strip();
        w.secret = request.secret() != null ? request.secret() : newSecret();
        w.kinds = new ArrayList<>(kinds);
        w.createdAt = Instant.now(clock);
        w.persist();
        return WebhookView.of(w, true, caller.subject());
    }

    /** The caller's own subscriptions; admins see all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list() {
        List<Webhook> hooks = caller.isAdmin() ? Webhook.list("order by createdAt") : Webhook.list("owner = ?1 order by createdAt", caller.subject());
        return hooks.stream().map(w -> WebhookView.of(w, false, caller.subject())).toList();
    }

    public void delete(UUID id) {
        Webhook w = Webhook.findById(id);
        if (w == null || (!caller.isAdmin() && !w.owner.equals(caller.subject()))) {
            throw new ResourceNotFound("webhook", id);
        }
        // past deliveries stay on record; nothing new goes to it
        w.delete();
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
