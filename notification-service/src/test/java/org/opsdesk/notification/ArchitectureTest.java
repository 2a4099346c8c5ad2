package org.opsdesk.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void layersFollowTheRules() {
        ArchitectureRules.check("org.opsdesk.notification");
    }

    /** docs/architecture.md: the engine sends what application/ queues; application/ never reaches into it. */
    @Test
    void theSendingEngineIsWokenNotCalled() {
        noClasses().that().resideInAnyPackage("org.opsdesk.notification.application", "org.opsdesk.notification.domain..",
                        "org.opsdesk.notification.rest..", "org.opsdesk.notification.messaging..")
                .should().dependOnClassesThat().resideInAPackage("org.opsdesk.notification.application.sending..")
                .because("slots and notices enter the schedule through DeliveryQueue, and the engine picks them up")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.opsdesk.notification"));
    }
}
