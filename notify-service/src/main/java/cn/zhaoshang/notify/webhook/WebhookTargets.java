package cn.zhaoshang.notify.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may post: an {@code https} URL (plain {@code http} only where an operator allows it for
 * development) without credentials in it, on an allowed host if an allow-list is set, whose name resolves only to
 * public addresses or to ranges an operator opened on purpose. Checked when a webhook is registered and again
 * before every delivery, since a name can resolve elsewhere by then; the delivery connects to the address checked.
 */
public final class WebhookTargets {

    /** Looks a host name up; literal addresses come back as they are. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** A checked target: connect to {@code address}, speak to {@code host} (Host header, TLS name). */
    public record Target(String host, int port, boolean tls, String pathAndQuery, InetAddress address) {
    }

    /** Why a URL may not be a webhook target, in words for the person who registered it. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final boolean allowPlainHttp;
    private final List<String> allowedHosts;
    private final List<AddressRange> openRanges;
    private final Resolver resolver;

    public WebhookTargets(boolean allowPlainHttp, List<String> allowedHosts, List<AddressRange> openRanges, Resolver resolver) {
        this.allowPlainHttp = allowPlainHttp;
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.openRanges = List.copyOf(openRanges);
        this.resolver = resolver;
    }

    /** The URL's form alone, without looking anything up. */
    public URI parse(String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPlainHttp && scheme.equals("http"))) {
            throw new Refused(allowPlainHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (url.getHost() == null) {
            throw new Refused("has no valid host name");
        }
        if (url.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        if (url.getRawFragment() != null) {
            throw new Refused("must not have a fragment (#…)");
        }
        if (url.getPort() == 0 || url.getPort() > 65535) {
            throw new Refused("has no valid port");
        }
        String host = host(url);
        if (!allowedHosts.isEmpty() && allowedHosts.stream().noneMatch(allowed -> matches(allowed, host))) {
            throw new Refused("is on a host webhooks may not post to; allowed: " + String.join(", ", allowedHosts));
        }
        return url;
    }

    /** The URL's form and where its host resolves now. */
    public Target check(String text) {
        URI url = parse(text);
        String host = host(url);
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("names a host that cannot be resolved");
        }
        if (addresses.isEmpty()) {
            throw new Refused("names a host that cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (!PublicAddresses.isPublic(address) && openRanges.stream().noneMatch(range -> range.contains(address))) {
                throw new Refused("points to an address that is not public (loopback, private, shared, link-local,"
                        + " multicast or reserved)");
            }
        }
        boolean tls = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() > 0 ? url.getPort() : (tls ? 443 : 80);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String pathAndQuery = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        return new Target(host, port, tls, pathAndQuery, addresses.get(0));
    }

    /**
     * What others may see of a URL: scheme, host, port and path. Chat robots carry their access key in the query
     * (WeCom's {@code ?key=}, DingTalk's {@code ?access_token=}), so the query is never shown.
     */
    public static String display(String text) {
        try {
            URI url = new URI(text.strip());
            String port = url.getPort() > 0 ? ":" + url.getPort() : "";
            return url.getScheme() + "://" + url.getHost() + port + (url.getRawPath() == null ? "" : url.getRawPath());
        } catch (URISyntaxException e) {
            return "(not a URL)";
        }
    }

    private static String host(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static boolean matches(String allowed, String host) {
        return allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed);
    }
}
