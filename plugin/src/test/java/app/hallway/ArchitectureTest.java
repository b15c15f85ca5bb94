package app.hallway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries DESIGN.md draws. A feature's own package ({@code app.hallway.announce}, …) holds its domain
 * and use cases: plain Java. Confluence and Active Objects live only in its {@code .confluence} and
 * {@code .ao} adapters and in {@code app.hallway.platform.confluence}.
 */
@AnalyzeClasses(packages = "app.hallway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {
        "app.hallway.announce", "app.hallway.feedback", "app.hallway.leaders..", "app.hallway.recognition",
        "app.hallway.admin", "app.hallway.platform"
    };

    @ArchTest
    static final ArchRule domainKnowsNoHost = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .and().resideOutsideOfPackages("app.hallway.leaders.ao..", "app.hallway.leaders.confluence..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "net.java.ao..", "jakarta..")
            .because("use cases must run and be tested without Confluence or a database");

    @ArchTest
    static final ArchRule nothingInThePluginKnowsTheSandbox = noClasses()
            .that().resideOutsideOfPackages("app.hallway.sandbox..", "app.hallway.host..")
            .should().dependOnClassesThat().resideInAnyPackage("app.hallway.sandbox..", "app.hallway.host..")
            .because("the plugin never trusts the sandbox");

    @ArchTest
    static final ArchRule entitiesStayInTheirStore = noClasses()
            .that().resideOutsideOfPackages("..ao..")
            .should().dependOnClassesThat().resideInAnyPackage("app.hallway..ao..")
            .because("stores return domain records; AO entities never leave them");
}
