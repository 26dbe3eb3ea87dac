package org.viltzoom.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class KernelArchitectureTest {

    private static final JavaClasses KERNEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.viltzoom.kernel");

    @Test
    void domainPartUsesNoFramework() {
        noClasses().that().resideInAnyPackage("org.viltzoom.kernel.domain..", "org.viltzoom.kernel.zoom..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "org.hibernate..", "org.apache.kafka..", "io.smallrye..",
                        "com.fasterxml.jackson..", "org.eclipse.microprofile..")
                .check(KERNEL);
    }

    @Test
    void eventContractsUseJacksonAtMost() {
        noClasses().that().resideInAPackage("org.viltzoom.kernel.event..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "org.hibernate..", "org.apache.kafka..", "io.smallrye..",
                        "org.eclipse.microprofile..")
                .check(KERNEL);
    }

    @Test
    void domainPartDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage("org.viltzoom.kernel.domain..", "org.viltzoom.kernel.event..",
                        "org.viltzoom.kernel.zoom..")
                .should().dependOnClassesThat().resideInAnyPackage("org.viltzoom.kernel.outbox..",
                        "org.viltzoom.kernel.inbox..", "org.viltzoom.kernel.rest..", "org.viltzoom.kernel.security..",
                        "org.viltzoom.kernel.kafka..", "org.viltzoom.kernel.health..")
                .check(KERNEL);
    }
}
