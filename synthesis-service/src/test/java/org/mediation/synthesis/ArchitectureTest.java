package org.mediation.synthesis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The projections are plain Java (testable without Spring); only the integration package talks to Kafka. */
@AnalyzeClasses(packages = "org.mediation.synthesis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule projections_are_free_of_spring_kafka_and_mongo = noClasses()
            .that()
            .haveSimpleName("RegionalProjection")
            .or()
            .haveSimpleName("WorkshopState")
            .or()
            .haveSimpleName("Attendance")
            .or()
            .haveSimpleName("CatalogueEntry")
            .or()
            .haveSimpleName("NationalAggregation")
            .or()
            .haveSimpleName("DayFigures")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule only_integration_knows_the_binder = noClasses()
            .that()
            .resideOutsideOfPackage("..synthesis.integration..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.cloud.stream..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching("org.mediation.synthesis.(**)").should().beFreeOfCycles();
}
