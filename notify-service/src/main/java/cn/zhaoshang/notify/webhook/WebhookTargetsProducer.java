package cn.zhaoshang.notify.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.net.InetAddress;
import java.util.List;

/** The target rules as configured, resolving names through the system resolver. */
public class WebhookTargetsProducer {

    @Produces
    @ApplicationScoped
    WebhookTargets targets(WebhookSettings settings) {
        return new WebhookTargets(settings.allowPlainHttp(), settings.allowedHosts().orElse(List.of()),
                settings.openAddresses().orElse(List.of()).stream().map(AddressRange::parse).toList(),
                host -> List.of(InetAddress.getAllByName(host)));
    }
}
