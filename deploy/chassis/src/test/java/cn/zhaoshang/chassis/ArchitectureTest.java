package cn.zhaoshang.chassis;

import cn.zhaoshang.testsupport.ServiceArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    @Test
    void packagesAreFreeOfCycles() {
        ServiceArchitecture.NO_PACKAGE_CYCLES.apply("cn.zhaoshang.chassis").check(ServiceArchitecture.of("cn.zhaoshang.chassis"));
    }

    @Test
    void theChassisKnowsNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("cn.zhaoshang.project..", "cn.zhaoshang.assist..",
                "cn.zhaoshang.notify..").check(ServiceArchitecture.of("cn.zhaoshang.chassis"));
    }
}
