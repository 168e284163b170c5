package cn.zhaoshang.notify.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Whether an address is a public unicast address a webhook may be sent to: not loopback, private, shared (CGNAT),
 * link-local (cloud metadata lives there), multicast, unspecified, reserved or documentation space, nor an IPv6
 * form that carries one of those (IPv4-mapped, IPv4-compatible, NAT64, 6to4); Teredo and ULA are refused whole.
 */
public final class PublicAddresses {

    private static final List<AddressRange> NOT_PUBLIC = Arrays.stream(new String[] {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "100::/64", "2001::/32", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"})
            .map(AddressRange::parse).toList();
    /** IPv6 prefixes whose last or embedded 32 bits are an IPv4 address, checked as that address. */
    private static final AddressRange MAPPED = new AddressRange(
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0}, 96); // the JDK parses this text as IPv4
    private static final AddressRange COMPATIBLE = AddressRange.parse("::/96");
    private static final AddressRange NAT64 = AddressRange.parse("64:ff9b::/96");
    private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");

    private PublicAddresses() {
    }

    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (NOT_PUBLIC.stream().anyMatch(range -> range.contains(bytes))) {
            return false;
        }
        if (address instanceof Inet4Address) {
            return true;
        }
        if (MAPPED.contains(bytes) || COMPATIBLE.contains(bytes) || NAT64.contains(bytes)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
