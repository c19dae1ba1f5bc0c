package io.ctxrec.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The core stays pure: the frameworks live in the adapters and the routes. Plain Jupiter tests (the
 * ArchUnit engine's {@code @ArchTest} fields were discovered but ran zero tests under this Surefire).
 */
class ArchitectureTest {
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.ctxrec.domain");

    static final ArchRule domainUsesNoCamel = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.apache.camel..");

    static final ArchRule domainUsesNoDeepLearningFramework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.deeplearning4j..", "org.nd4j..");

    static final ArchRule domainUsesNoJdbc = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "com.zaxxer..", "org.flywaydb..", "org.h2..", "com.mysql..");

    static final ArchRule domainUsesNoLoggingFramework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.slf4j..", "ch.qos.logback..", "org.apache.logging..", "java.util.logging..",
                    "org.apache.commons.logging..");

    static final ArchRule domainUsesNoJsonLibrary = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..");

    static final ArchRule domainDoesNotReachOutward = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.ctxrec.adapters..", "io.ctxrec.training..", "io.ctxrec.app..", "io.ctxrec.routes..");

    @Test
    void theRulesSeeTheWholeDomain() {
        assertTrue(DOMAIN.size() > 50, "only " + DOMAIN.size() + " domain classes imported");
        assertTrue(DOMAIN.contain("io.ctxrec.domain.fallback.HeuristicFallback"));
    }

    @TestFactory
    Iterable<DynamicTest> everyRuleHolds() {
        Map<String, ArchRule> rules = Map.of("no Camel", domainUsesNoCamel,
                "no DL4J/ND4J", domainUsesNoDeepLearningFramework, "no JDBC", domainUsesNoJdbc,
                "no logging framework", domainUsesNoLoggingFramework, "no JSON library", domainUsesNoJsonLibrary,
                "no outward dependency", domainDoesNotReachOutward);
        return rules.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().check(DOMAIN))).toList();
    }

    @Test
    void aViolationIsReported() {
        // the same kind of rule fails on classes that break it, so the rules above can fail
        JavaClasses self = new ClassFileImporter().importClasses(ArchitectureTest.class);
        ArchRule noJunit = noClasses().should()
                .dependOnClassesThat().resideInAPackage("org.junit..");
        assertThrows(AssertionError.class, () -> noJunit.check(self));
    }
}
