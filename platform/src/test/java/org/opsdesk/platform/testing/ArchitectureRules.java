package org.opsdesk.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The layering and idioms every service follows (docs/architecture.md, docs/adr/0001): a service's test calls {@link #check(String)}. */
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
        noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                .because("JPA's mapping annotations are allowed on aggregates (docs/adr/0001), its runtime is not")
                .check(classes);
        noClasses().that().resideInAnyPackage(basePackage + ".rest..", basePackage + ".messaging..", basePackage + ".scheduling..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".persistence..")
                .because("adapters go through the application layer, which owns the transactions")
                .check(classes);
        noClasses().that().resideInAnyPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka.clients.producer..")
                .because("business code never talks to Kafka: events leave through the outbox")
                .check(classes);
        methods().that(areAnnotatedWithAny("org.eclipse.microprofile.reactive.messaging.Incoming", "io.quarkus.scheduler.Scheduled"))
                .should().beDeclaredInClassesThat().resideInAnyPackage(basePackage + ".messaging..", basePackage + ".scheduling..")
                .because("what a message or a timer starts begins in messaging/ or scheduling/, and only there")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage(basePackage + "..")
                .should().callMethodWhere(READS_THE_SYSTEM_TIME)
                .because("time comes from the injected Clock, so tests and deadlines control it")
                .check(classes);
        methods().that(areAnnotatedWithAny("org.eclipse.microprofile.reactive.messaging.Incoming"))
                .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("EventsConsumer")
                .because("one consumer per topic read, messaging/<Topic>EventsConsumer")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage(basePackage + ".messaging..")
                .should().accessTargetWhere(reachesApplicationBesidesAHandler(basePackage + ".application"))
                .because("a consumer hands each event to its topic's handler, application/<Topic>Handler")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(basePackage + ".messaging..")
                .should().callMethodWhere(READS_EVENT_DATA)
                .because("another service's event is read where it arrives, in messaging/")
                .check(classes);
        classes().that().resideInAPackage(basePackage + ".messaging..")
                .should(readEventDataIntoNestedRecordsOrDomainFacts(basePackage + ".domain"))
                .because("the fields read of another service's event sit beside the code that reads them, nested in the "
                        + "consumer or its handler, unless the domain keeps them as facts (docs/architecture.md)")
                .allowEmptyShould(true)
                .check(classes);
        methods().that(ARE_HTTP_OPERATIONS)
                .should().beAnnotatedWith("jakarta.annotation.security.RolesAllowed")
                .orShould().beAnnotatedWith("jakarta.annotation.security.PermitAll")
                .orShould().beAnnotatedWith("io.quarkus.security.Authenticated")
                .because("who may call an operation is declared on the operation itself (rest/Access holds the role lists)")
                .allowEmptyShould(true)
                .check(classes);
    }

    private static final DescribedPredicate<JavaMethod> ARE_HTTP_OPERATIONS =
            DescribedPredicate.describe("are HTTP operations", m -> m.isMetaAnnotatedWith("jakarta.ws.rs.HttpMethod"));

    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_TIME = DescribedPredicate.describe(
            "reads the system time (now() without a Clock, System.currentTimeMillis(), Clock.system…())", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                        || owner.equals("java.time.Clock") && name.startsWith("system")
                        || owner.startsWith("java.time.") && name.equals("now")
                        && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.getName().equals("java.time.Clock"));
            });

    private static final DescribedPredicate<JavaMethodCall> READS_EVENT_DATA = DescribedPredicate.describe(
            "reads event data (InboundEvent.dataAs)", call -> call.getTargetOwner().getName()
                    .equals("org.opsdesk.platform.events.InboundEvent") && call.getName().equals("dataAs"));

    private static DescribedPredicate<JavaAccess<?>> reachesApplicationBesidesAHandler(String applicationPackage) {
        return DescribedPredicate.describe("reaches a class of " + applicationPackage + " other than a <Topic>Handler", access -> {
            JavaClass owner = access.getTargetOwner();
            String topLevel = owner.getName().replaceFirst("\\$.*", "");
            return owner.getPackageName().startsWith(applicationPackage) && !topLevel.endsWith("Handler");
        });
    }

    private static ArchCondition<JavaClass> readEventDataIntoNestedRecordsOrDomainFacts(String domainPackage) {
        String service = domainPackage.substring(0, domainPackage.lastIndexOf('.'));
        return new ArchCondition<>("read event data into records nested in their reader or kept in " + domainPackage) {
            @Override
            public void check(JavaClass consumer, ConditionEvents events) {
                consumer.getCodeUnits().stream()
                        .filter(unit -> unit.getMethodCallsFromSelf().stream().anyMatch(READS_EVENT_DATA))
                        .flatMap(unit -> unit.getReferencedClassObjects().stream())
                        .map(reference -> reference.getRawType())
                        .filter(type -> type.getPackageName().startsWith(service))
                        .filter(type -> type.getEnclosingClass().isEmpty() && !type.getPackageName().startsWith(domainPackage))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(consumer, consumer.getName()
                                + " reads event data into " + type.getName() + ", a top-level class outside " + domainPackage)));
            }
        };
    }

    private static DescribedPredicate<JavaMethod> areAnnotatedWithAny(String... annotations) {
        return DescribedPredicate.describe("are annotated with any of " + String.join(", ", annotations),
                m -> java.util.Arrays.stream(annotations).anyMatch(m::isAnnotatedWith));
    }
}
