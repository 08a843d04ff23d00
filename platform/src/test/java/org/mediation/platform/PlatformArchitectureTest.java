package org.mediation.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The chassis holds plumbing only: nothing in it names a context's type, and it lives in one package tree. */
@AnalyzeClasses(packages = "org.mediation", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformArchitectureTest {

    @ArchTest
    static final ArchRule everything_is_platform = classes().should().resideInAPackage("org.mediation.platform..");

    @ArchTest
    static final ArchRule no_context_type = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.mediation.registration..",
                    "org.mediation.workshop..",
                    "org.mediation.resource..",
                    "org.mediation.synthesis..",
                    "org.mediation.local..");

    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching("org.mediation.platform.(*)..").should().beFreeOfCycles();
}
