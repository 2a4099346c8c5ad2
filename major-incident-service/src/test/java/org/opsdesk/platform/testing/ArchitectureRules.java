// TEMPORARY copy of platform/src/test/java/org/opsdesk/platform/testing/ArchitectureRules.java: the platform test-jar
// installed in ~/.m2 predates it. Delete this file once the platform test-jar is reinstalled.
package org.opsdesk.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering every service follows (docs/adr/0001): a service's test calls {@link #check(String)}. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.transaction..",
                        "org.eclipse.microprofile..", "org.apache.kafka..", "io.smallrye..",
                        basePackage + ".application..", basePackage + ".rest..", basePackage + ".persistence..",
                        basePackage + ".messaging..", basePackage + ".scheduling..")
                .because("the domain holds the rules and knows nothing of frameworks or layers above it")
                .check(classes);
        noClasses().that().resideInAnyPackage(basePackage + ".rest..", basePackage + ".messaging..", basePackage + ".scheduling..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".persistence..")
                .because("adapters go through the application layer, which owns the transactions")
                .check(classes);
        noClasses().that().resideInAnyPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka.clients.producer..")
                .because("business code never talks to Kafka: events leave through the outbox")
                .check(classes);
    }
}
