package cn.zhaoshang.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The {@link ServiceArchitecture} rules as tests; each service's {@code ArchitectureTest} names its base package. */
public abstract class ServiceArchitectureTest {

    private final String basePackage;
    private final JavaClasses code;

    protected ServiceArchitectureTest(String basePackage) {
        this.basePackage = basePackage;
        this.code = ServiceArchitecture.of(basePackage);
    }

    @Test
    void packagesAreFreeOfCycles() {
        ServiceArchitecture.NO_PACKAGE_CYCLES.apply(basePackage).check(code);
    }

    @Test
    void rulesArePlainJava() {
        ServiceArchitecture.RULES_ARE_PLAIN_JAVA.check(code);
    }

    @Test
    void resourcesLeaveTheDatabaseToServices() {
        ServiceArchitecture.RESOURCES_LEAVE_THE_DATABASE_TO_SERVICES.check(code);
    }

    @Test
    void changesAreAuditedWithTheirTransaction() {
        ServiceArchitecture.CHANGES_ARE_AUDITED_WITH_THEIR_TRANSACTION.check(code);
    }

    @Test
    void theChassisIsUsedNotCopied() {
        ServiceArchitecture.NO_COPIES_OF_THE_CHASSIS.apply(basePackage).check(code);
    }
}
