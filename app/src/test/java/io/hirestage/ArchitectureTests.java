package io.hirestage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "io.hirestage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Plugins compile against the API alone; a Spring, JPA or Vaadin type in it would leak into every plugin. */
    @ArchTest
    static final ArchRule pluginApiDependsOnTheJdkAndPf4jOnly = classes().that().resideInAPackage("io.hirestage.plugin.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.pf4j..", "io.hirestage.plugin.api..");

    @ArchTest
    static final ArchRule viewsCallServicesNotRepositories = noClasses().that().resideInAPackage("io.hirestage..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule theCoreNeverDependsOnAPlugin = noClasses().that().resideInAPackage("io.hirestage..")
            .and().resideOutsideOfPackage("io.hirestage.plugins..")
            .should().dependOnClassesThat().resideInAPackage("io.hirestage.plugins..");

    /** Services stay usable without the UI; only the security configuration names the login view. */
    @ArchTest
    static final ArchRule featuresDoNotReachIntoViews = noClasses().that().resideOutsideOfPackage("io.hirestage..ui..")
            .and().doNotHaveSimpleName("SecurityConfig")
            .should().dependOnClassesThat().resideInAPackage("io.hirestage..ui..");

    /**
     * A feature (its package with its views) never depends, through any path, on a feature that
     * depends on it: features meet through small interfaces and events of the lower one
     * ({@code CandidateProfileSection}, {@code OpeningDestination}, {@code CandidatesMerging},
     * {@code CandidateIndexContributor}).
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("io.hirestage.(*)..").namingSlices("$1")
            .should().beFreeOfCycles();
}
