package io.ctxrec.routes;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.ctxrec.routes.api.ServiceMetrics;
import org.junit.jupiter.api.Test;

/**
 * Inside the service, packages call only downward: the application wires everything; the web page and
 * the route diagram answer in the API's JSON; the HTTP API calls the recommendation routes and the
 * retrainer; the recommendation routes call scoring; scoring calls nothing of the others. {@link Caches}, the cache helpers any package may use, is in no layer. Plain
 * Jupiter tests, as in the domain's ArchitectureTest.
 */
class RoutePackagesTest {
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ctxrec.app", "io.ctxrec.routes");

    static LayeredArchitecture packagesCallOnlyDownward() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Application").definedBy("io.ctxrec.app..")
                .layer("Api").definedBy("io.ctxrec.routes.api..")
                .layer("Page").definedBy("io.ctxrec.routes.web..", "io.ctxrec.routes.diagram..")
                .layer("Recommendation").definedBy("io.ctxrec.routes.recommend..")
                .layer("Scoring").definedBy("io.ctxrec.routes.scoring..")
                .layer("Retraining").definedBy(resideInAPackage("io.ctxrec.routes").and(not(belongToAnyOf(Caches.class))))
                .whereLayer("Application").mayNotBeAccessedByAnyLayer()
                .whereLayer("Api").mayOnlyBeAccessedByLayers("Application", "Page")
                .whereLayer("Page").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Recommendation").mayOnlyBeAccessedByLayers("Api", "Application")
                .whereLayer("Scoring").mayOnlyBeAccessedByLayers("Recommendation", "Application")
                .whereLayer("Retraining").mayOnlyBeAccessedByLayers("Api", "Application");
    }

    @Test
    void theRuleSeesEveryPackage() {
        for (String c : new String[] {"io.ctxrec.app.CtxrecApplication", "io.ctxrec.routes.api.RecommendationApiRoutes",
                "io.ctxrec.routes.recommend.RecommendationRoutes", "io.ctxrec.routes.scoring.ScoringRoutes",
                "io.ctxrec.routes.web.WebRoutes", "io.ctxrec.routes.diagram.RouteDiagram", "io.ctxrec.routes.Retrainer"}) {
            assertTrue(SERVICE.contain(c), c);
        }
    }

    @Test
    void packagesCallOnlyDownwardInTheService() {
        packagesCallOnlyDownward().check(SERVICE);
    }

    /** A class of the retraining package that calls up into the API. */
    static final class UpwardCall {
        Object api() {
            return new ServiceMetrics();
        }
    }

    @Test
    void anUpwardCallIsReported() {
        JavaClasses upward = new ClassFileImporter().importClasses(UpwardCall.class, ServiceMetrics.class);

        assertThrows(AssertionError.class, () -> packagesCallOnlyDownward().withOptionalLayers(true).check(upward));
    }
}
