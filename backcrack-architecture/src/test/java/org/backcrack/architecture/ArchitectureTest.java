package org.backcrack.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of {@code ../shared/design/ARCHITECTURE.md}, checked on the compiled main classes of every
 * module: core at the bottom, the pure middle (physics, acoustics, assess) on core and their maths or data
 * library only, the FHIR export on core, assess and HAPI FHIR and used by the app alone, the edges (app, spark,
 * bench) on top, no package cycle anywhere, and web routes that never call back into the server class that
 * wires them.
 */
@AnalyzeClasses(packages = "org.backcrack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String JAVA = "java..";
    private static final String CORE = "org.backcrack.core..";

    @ArchTest
    static final ArchRule coreDependsOnNoOtherModule = classes()
            .that()
            .resideInAPackage(CORE)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(CORE, JAVA, "org.jflac..")
            .because("core is the shared vocabulary and audio I/O every module builds on");

    @ArchTest
    static final ArchRule physicsOnCoreOnly = classes()
            .that()
            .resideInAPackage("org.backcrack.physics..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "org.backcrack.physics..",
                    CORE,
                    JAVA,
                    "org.hipparchus..",
                    "com.fasterxml.jackson..",
                    "org.apache.commons.text..")
            .because(
                    "the forward model is pure: core's vocabulary, Hipparchus's maths, Jackson and Commons Text for its scenario file");

    @ArchTest
    static final ArchRule acousticsOnCoreOnly = classes()
            .that()
            .resideInAPackage("org.backcrack.acoustics..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.backcrack.acoustics..", CORE, JAVA, "org.hipparchus..")
            .because("the analyzer must not know the simulator it is judged against, nor the app around it");

    @ArchTest
    static final ArchRule assessOnCoreOnly = classes()
            .that()
            .resideInAPackage("org.backcrack.assess..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "org.backcrack.assess..", CORE, JAVA, "com.fasterxml.jackson..", "org.apache.commons.text..")
            .because("triage is pure, deterministic logic over the knowledge base");

    @ArchTest
    static final ArchRule fhirOnCoreAssessAndHapiOnly = classes()
            .that()
            .resideInAPackage("org.backcrack.fhir..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "org.backcrack.fhir..", "org.backcrack.assess..", CORE, JAVA, "ca.uhn.fhir..", "org.hl7.fhir..")
            .because("the FHIR export maps an assessment to HAPI's R4 model; it knows nothing of the physics, the "
                    + "analyzer or the app that will offer it");

    @ArchTest
    static final ArchRule onlyTheAppUsesFhir = noClasses()
            .that()
            .resideOutsideOfPackages("org.backcrack.fhir..", "org.backcrack.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.backcrack.fhir..")
            .because("the FHIR export sits between assess and the app: only the app offers it");

    @ArchTest
    static final ArchRule appIsNotBelowSparkOrBench = noClasses()
            .that()
            .resideInAPackage("org.backcrack.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.backcrack.spark..", "org.backcrack.bench..");

    @ArchTest
    static final ArchRule sparkUsesTheAnalyzerNotTheApp = noClasses()
            .that()
            .resideInAPackage("org.backcrack.spark..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.backcrack.app..", "org.backcrack.assess..", "org.backcrack.bench..");

    @ArchTest
    static final ArchRule routesDoNotCallBackIntoTheServer = noClasses()
            .that()
            .resideInAPackage("org.backcrack.app.web")
            .and(not(belongToAnyOf(org.backcrack.app.web.WebServer.class)))
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(org.backcrack.app.web.WebServer.class)
            .because("the server wires routes; routes use the small Http helper class, never the server");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.backcrack.(**)").should().beFreeOfCycles();
}
