package cn.zhaoshang.engines;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds TCP ports on the loopback interface that nothing listens on. */
public final class FreePorts {

    private FreePorts() {
    }

    /** The preferred port if it is free, else the next free one above it. */
    public static int fromPreferred(int preferred) {
        for (int port = preferred; port < preferred + 200 && port < 65535; port++) {
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + preferred + " and " + (preferred + 200));
    }

    /** Any free port the operating system hands out. */
    public static int any() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot find a free port", e);
        }
    }

    /**
     * The first port the kernel hands to outgoing connections (Linux: /proc/sys/net/ipv4/ip_local_port_range, 32768 by
     * default); a listener placed at or above it can find its port held by a client socket.
     */
    public static int ephemeralRangeStart() {
        try {
            // readString trusts the size procfs reports and can return a fragment; lines are read to the end
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 49152; // IANA's dynamic range, which other systems use
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
