package org.mediation.resource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.mediation.resource", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_knows_no_spring_kafka_or_mongo = noClasses()
            .that()
            .resideInAnyPackage("..catalogue.api..", "..catalogue.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "com.mongodb..",
                    "org.bson..",
                    "io.github.springwolf..",
                    "com.fasterxml.jackson..")
            .because("aggregates and messages hold the business rules only (Axon annotations allowed)");

    @ArchTest
    static final ArchRule only_integration_talks_to_kafka = noClasses()
            .that()
            .resideOutsideOfPackage("..integration..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.cloud.stream..", "org.springframework.kafka..", "org.apache.kafka..")
            .because("Kafka is reached only through integration.inbound and integration.outbound");

    @ArchTest
    static final ArchRule the_domain_does_not_reach_outwards = noClasses()
            .that()
            .resideInAnyPackage("..catalogue.api..", "..catalogue.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..query..", "..web..", "..integration..", "..config..", "..access..");

    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching("org.mediation.resource.(**)").should().beFreeOfCycles();
}
