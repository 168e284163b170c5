package cn.zhaoshang.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture every service keeps, as ArchUnit rules its {@code ArchitectureTest} checks:
 * <ul>
 * <li>no package depends, directly or round about, on a package that depends on it;</li>
 * <li>rules (state machines, SLA clocks, calendars, target maths, notification rules) are plain Java: no
 * framework, no database, so unit tests run them without Quarkus;</li>
 * <li>resources read like the API: they call services, never the database;</li>
 * <li>what the chassis provides is used from it, not copied into a service.</li>
 * </ul>
 */
public final class ServiceArchitecture {

    /** The framework and persistence packages a rule class must not touch. */
    private static final String[] FRAMEWORKS = {"io.quarkus..", "io.smallrye..", "io.vertx..", "jakarta.enterprise..",
            "jakarta.inject..", "jakarta.persistence..", "jakarta.transaction..", "jakarta.ws.rs..", "org.hibernate..",
            "org.eclipse.microprofile..", "org.apache.kafka..", "javax.sql.."};

    /**
     * Rule classes by name: the state machines ({@code …Workflow}, {@code Lifecycle}), rule tables
     * ({@code …Rules}), maths ({@code …Maths}, {@code …Durations}), ladders, alarms, calendars and clocks of
     * working time, and the other decision classes named here.
     */
    private static final DescribedPredicate<JavaClass> RULE_CLASSES = new DescribedPredicate<>("rule classes") {
        private final Set<String> suffixes = Set.of("Rules", "Workflow", "Maths", "Ladder", "Alarms", "Durations");
        private final Set<String> names = Set.of("Lifecycle", "WorkingCalendar", "WorkingTime", "StatutoryHolidays", "SlaClock",
                "CreditCode", "Tier", "QuietHours", "RetryPolicy", "BriefText", "StageLabels", "ChineseText", "WebhookTargets",
                "PublicAddresses", "AddressRange", "FailedAuthentications", "AnonymousRefusals");

        @Override
        public boolean test(JavaClass type) {
            String name = type.getSimpleName();
            return !type.isNestedClass() && (names.contains(name) || suffixes.stream().anyMatch(name::endsWith));
        }
    };

    public static final Function<String, ArchRule> NO_PACKAGE_CYCLES = base -> slices()
            .matching(base + ".(**)").namingSlices("package $1")
            .should().beFreeOfCycles();

    public static final ArchRule RULES_ARE_PLAIN_JAVA = noClasses().that(RULE_CLASSES)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("rules are tested without Quarkus; services give them what they need");

    public static final ArchRule RESOURCES_LEAVE_THE_DATABASE_TO_SERVICES = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should(new ArchCondition<>("not use the entity manager or query or persist entities") {
                @Override
                public void check(JavaClass resource, ConditionEvents events) {
                    resource.getDirectDependenciesFromSelf().stream()
                            .filter(d -> d.getTargetClass().isAssignableTo("jakarta.persistence.EntityManager"))
                            .forEach(d -> events.add(SimpleConditionEvent.violated(resource, d.getDescription())));
                    for (JavaMethodCall call : resource.getMethodCallsFromSelf()) {
                        if (call.getTargetOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")) {
                            events.add(SimpleConditionEvent.violated(resource, call.getDescription()));
                        }
                    }
                }
            })
            .because("a resource reads like the API: annotations, validation, a call into the domain, a status");

    /** A resource that changes state has its changes audited in their own transaction (the chassis's {@code @AuditedChanges}). */
    public static final ArchRule CHANGES_ARE_AUDITED_WITH_THEIR_TRANSACTION = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should(new ArchCondition<JavaClass>("be annotated @AuditedChanges when a method changes state") {
                @Override
                public void check(JavaClass resource, ConditionEvents events) {
                    boolean changes = resource.getMethods().stream().anyMatch(method -> Set.of("jakarta.ws.rs.POST",
                                    "jakarta.ws.rs.PUT", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.DELETE").stream()
                            .anyMatch(method::isAnnotatedWith));
                    if (changes && !resource.isAnnotatedWith("cn.zhaoshang.chassis.audit.AuditedChanges")) {
                        events.add(SimpleConditionEvent.violated(resource, resource.getName()
                                + " changes state but is not @AuditedChanges: its audit entries would commit apart from its changes"));
                    }
                }
            });

    public static final Function<String, ArchRule> NO_COPIES_OF_THE_CHASSIS = base -> {
        Set<String> chassis = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zhaoshang.chassis").stream()
                .filter(c -> !c.isNestedClass() && !c.getSimpleName().equals("package-info"))
                .map(JavaClass::getSimpleName).collect(Collectors.toSet());
        return noClasses().that().resideInAPackage(base + "..")
                .should(new ArchCondition<>("share a name with a chassis class") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!type.isNestedClass() && chassis.contains(type.getSimpleName())) {
                            events.add(SimpleConditionEvent.satisfied(type, type.getName() + " has the name of a chassis class"));
                        }
                    }
                })
                .because("cross-cutting code lives once, in deploy/chassis");
    };

    private ServiceArchitecture() {
    }

    /** The service's own classes, without its tests. */
    public static JavaClasses of(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }
}
