package cn.zhaoshang.engines;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FreePortsTest {

    @Test
    void theEphemeralRangeStartsWhereTheKernelSays() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        assumeTrue(Files.exists(range), "not Linux");
        // the kernel's own figure, read by another program
        Process cut = new ProcessBuilder("cut", "-f1", range.toString()).start();
        String first = new String(cut.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        assertEquals(0, cut.waitFor());
        assertEquals(Integer.parseInt(first), FreePorts.ephemeralRangeStart());
    }
}
