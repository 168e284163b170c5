package cn.zhaoshang.project;

import cn.zhaoshang.testsupport.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The fences of this service's code: see {@link ServiceArchitecture}. */
class ArchitectureTest {

    private static final JavaClasses CODE = ServiceArchitecture.of("cn.zhaoshang.project");

    @Test
    void packagesAreFreeOfCycles() {
        ServiceArchitecture.NO_PACKAGE_CYCLES.apply("cn.zhaoshang.project").check(CODE);
    }

    @Test
    void rulesArePlainJava() {
        ServiceArchitecture.RULES_ARE_PLAIN_JAVA.check(CODE);
    }

    @Test
    void resourcesLeaveTheDatabaseToServices() {
        ServiceArchitecture.RESOURCES_LEAVE_THE_DATABASE_TO_SERVICES.check(CODE);
    }

    @Test
    void theChassisIsUsedNotCopied() {
        ServiceArchitecture.NO_COPIES_OF_THE_CHASSIS.apply("cn.zhaoshang.project").check(CODE);
    }
}
