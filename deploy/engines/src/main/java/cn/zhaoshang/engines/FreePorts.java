package cn.zhaoshang.engines;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

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
