package cn.zhaoshang.notify.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 network written as {@code address/prefix} (a bare address is the one address). */
public record AddressRange(byte[] network, int prefixLength) {

    /** Parses {@code 10.0.0.0/8}, {@code fc00::/7} or {@code 127.0.0.1}; only literal addresses, never a name. */
    public static AddressRange parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("'" + text + "' is not an address range (e.g. 10.0.0.0/8 or fc00::/7)");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an address range (e.g. 10.0.0.0/8 or fc00::/7)");
        }
        int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("'" + text + "': the prefix length must be 0–" + bytes.length * 8);
        }
        return new AddressRange(bytes, prefix);
    }

    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] candidate) {
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
