package cn.zhaoshang.notify.preference;

import cn.zhaoshang.notify.delivery.Channel;
import cn.zhaoshang.notify.delivery.DeliveryRules;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The caller's preferences; {@code saved} is false while the defaults apply (inbox only, urgent by e-mail once an address is set). */
public record PreferenceView(boolean saved, String email, Map<String, List<Channel>> channels, LocalTime quietStart,
                             LocalTime quietEnd, DeliveryRules.Digest digest, Map<String, String> kinds) {
}
