package cn.zhaoshang.notify.preference;

import cn.zhaoshang.notify.delivery.DeliveryRules;
import cn.zhaoshang.notify.inbox.NotificationKind;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class PreferenceService {

    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        Arrays.stream(NotificationKind.values()).forEach(k -> KINDS.put(k.name(), k.label()));
    }

    private final Caller caller;
    private final Clock clock;

    public PreferenceService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PreferenceView mine() {
        Preference p = Preference.findById(caller.subject());
        return p == null
                ? new PreferenceView(false, null, Map.of(), null, null, DeliveryRules.Digest.IMMEDIATE, KINDS)
                : view(p);
    }

    /** Saves the preferences with the caller's current claims, which decide whose e-mail they receive. */
    public PreferenceView save(PreferenceRequest request) {
        Map<String, List<cn.zhaoshang.notify.delivery.Channel>> channels = request.channels() == null ? Map.of() : request.channels();
        channels.forEach((kind, list) -> {
            if (!NotificationKind.known(kind)) {
                throw new InvalidInput("channels", "unknown notification kind '" + kind + "'; GET /preferences lists them");
            }
            if (list == null) {
                throw new InvalidInput("channels", "kind '" + kind + "' needs a list of channels ([] for the inbox only)");
            }
        });
        if ((request.quietStart() == null) != (request.quietEnd() == null)) {
            throw new InvalidInput("quietEnd", "quiet hours need both quietStart and quietEnd");
        }
        Preference p = Preference.<Preference>findByIdOptional(caller.subject()).orElseGet(Preference::new);
        p.subject = caller.subject();
        p.enterpriseCode = caller.enterprise().orElse(null);
        p.district = caller.districtScope();
        p.supervises = caller.is(Roles.SUPERVISOR) || caller.isAdmin();
        p.email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        p.channels = new HashMap<>(channels);
        p.quietStart = request.quietStart() == null ? null : LocalTime.parse(request.quietStart());
        p.quietEnd = request.quietEnd() == null ? null : LocalTime.parse(request.quietEnd());
        p.digest = request.digest() == null ? DeliveryRules.Digest.IMMEDIATE : request.digest();
        p.updatedAt = Instant.now(clock);
        p.persist();
        return view(p);
    }

    private static PreferenceView view(Preference p) {
        return new PreferenceView(true, p.email, p.channels, p.quietStart, p.quietEnd, p.digest, KINDS);
    }
}
