package org.viltzoom.kernel.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The rings of a service: {@code domain} uses no framework and nothing outside itself but the
 * kernel's domain part; {@code application} does not reach into adapters; incoming and outgoing
 * adapters do not call each other. Each service's architecture test runs these rules.
 */
public final class HexagonalArchitecture {

    /** Packages that a framework-free core must not use. */
    public static final String[] FRAMEWORK_PACKAGES = {
        "io.quarkus..", "jakarta..", "javax..", "org.hibernate..", "org.apache.kafka..",
        "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..", "com.fasterxml.jackson..",
        "org.mapstruct..", "org.jboss.."
    };

    private final String basePackage;

    private HexagonalArchitecture(String basePackage) {
        this.basePackage = basePackage;
    }

    public static HexagonalArchitecture of(String basePackage) {
        return new HexagonalArchitecture(basePackage);
    }

    public JavaClasses importProductionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    public List<ArchRule> rules() {
        String domain = basePackage + ".domain..";
        String application = basePackage + ".application..";
        String adapterIn = basePackage + ".adapter.in..";
        String adapterOut = basePackage + ".adapter.out..";
        String adapter = basePackage + ".adapter..";

        return List.of(
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                        .because("the domain is plain Java, testable without a framework")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(application, adapter)
                        .because("the domain is the innermost ring")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(application)
                        .should().dependOnClassesThat().resideInAPackage(adapter)
                        .because("use cases reach the outside only through ports")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(adapterIn)
                        .should().dependOnClassesThat().resideInAPackage(adapterOut)
                        .because("incoming adapters call use cases, not outgoing adapters")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(adapterOut)
                        .should().dependOnClassesThat().resideInAPackage(adapterIn)
                        .because("outgoing adapters implement ports and know nothing of callers")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.viltzoom.kernel.testing..")
                        .because("test helpers stay out of production code")
                        .allowEmptyShould(true));
    }

    /** Checks every rule and fails with all violations of the first broken rule. */
    public void check() {
        JavaClasses classes = importProductionClasses();
        for (ArchRule rule : rules()) {
            rule.check(classes);
        }
    }
}
