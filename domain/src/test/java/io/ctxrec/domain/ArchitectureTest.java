package io.ctxrec.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core stays pure: the frameworks live in the adapters and the routes. */
@AnalyzeClasses(packages = "io.ctxrec.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesNoCamel = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.apache.camel..");

    @ArchTest
    static final ArchRule domainUsesNoDeepLearningFramework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.deeplearning4j..", "org.nd4j..");

    @ArchTest
    static final ArchRule domainUsesNoJdbc = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "com.zaxxer..", "org.flywaydb..", "org.h2..", "com.mysql..");

    @ArchTest
    static final ArchRule domainUsesNoLoggingFramework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.slf4j..", "ch.qos.logback..", "org.apache.logging..", "java.util.logging..",
                    "org.apache.commons.logging..");

    @ArchTest
    static final ArchRule domainUsesNoJsonLibrary = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..");

    @ArchTest
    static final ArchRule domainDoesNotReachOutward = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.ctxrec.adapters..", "io.ctxrec.training..", "io.ctxrec.app..", "io.ctxrec.routes..");
}
