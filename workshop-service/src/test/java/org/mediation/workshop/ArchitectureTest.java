package org.mediation.workshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.mediation.workshop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The domain (messages, aggregates, rules, theme catalogue) knows Axon's annotations but no Spring, Kafka or Mongo.
     */
    @ArchTest
    static final ArchRule domain_is_free_of_spring_kafka_and_mongo = noClasses()
            .that()
            .resideInAnyPackage(
                    "..workshop.api..",
                    "..workshop.command..",
                    "..programme.api..",
                    "..programme.command..",
                    "..theme.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule only_integration_knows_the_binder = noClasses()
            .that()
            .resideOutsideOfPackage("..integration..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.cloud.stream..", "org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule the_domain_does_not_reach_the_web_or_the_read_side = noClasses()
            .that()
            .resideInAnyPackage(
                    "..workshop.api..", "..workshop.command..", "..programme.api..", "..programme.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..query..", "..integration..");

    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching("org.mediation.workshop.(**)").should().beFreeOfCycles();
}
