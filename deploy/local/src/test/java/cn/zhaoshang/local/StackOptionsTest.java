package cn.zhaoshang.local;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StackOptionsTest {

    @Test
    void theHighestPortIsKafkasControllerOrTheLastReplicasManagementPort() {
        assertEquals(9093, StackOptions.parse(new String[0]).highestPort());
        assertEquals(9183 + 14000, StackOptions.parse(new String[] {"--port-offset", "14000", "--replicas", "2"}).highestPort());
    }

    @Test
    void anOffsetThatPushesAPortPast65535IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StackOptions.parse(new String[] {"--port-offset", "56000"}));
        assertThrows(IllegalArgumentException.class, () -> StackOptions.parse(new String[] {"--port-offset", "-1"}));
    }
}
