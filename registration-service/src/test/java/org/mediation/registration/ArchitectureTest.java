package org.mediation.registration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (messages and the aggregate) knows Axon's annotations but no framework or infrastructure. */
@AnalyzeClasses(packages = "org.mediation.registration", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_spring_kafka_and_mongo = noClasses()
            .that()
            .resideInAnyPackage("..regionalday.api..", "..regionalday.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "com.mongodb..",
                    "org.bson..",
                    "com.fasterxml.jackson..",
                    "..registration.integration..",
                    "..registration.config..",
                    "..regionalday.web..",
                    "..regionalday.query..");

    @ArchTest
    static final ArchRule only_integration_knows_the_binder = noClasses()
            .that()
            .resideOutsideOfPackage("..registration.integration..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.cloud.stream..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule personal_data_keys_stay_in_their_package = noClasses()
            .that()
            .resideOutsideOfPackage("..registration.personaldata..")
            .should()
            .dependOnClassesThat()
            .haveSimpleName("PersonalDataKeys");

    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching("org.mediation.registration.(**)").should().beFreeOfCycles();
}
