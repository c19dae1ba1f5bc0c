package io.ctxrec.routes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.ctxrec.app.ServiceGraph;
import org.junit.jupiter.api.Test;

/**
 * The service reaches training only to retrain, and serving and the API read what training saved only
 * through the {@code ModelArtifacts} port; the application's {@code ServiceGraph} chooses the adapter.
 * Plain Jupiter tests, as in the domain's architecture test.
 */
class ArchitectureTest {
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ctxrec.app", "io.ctxrec.routes");

    static final ArchRule onlyTheRetrainPathUsesTraining = noClasses().that().resideInAPackage("io.ctxrec.routes..")
            .and().doNotHaveFullyQualifiedName(Retrainer.class.getName())
            .should().dependOnClassesThat().resideInAPackage("io.ctxrec.training..")
            .because("serving and the API use the domain ports; only the retrain path starts a training");

    static final ArchRule modelArtifactsAreReadThroughThePort = noClasses().that()
            .resideInAnyPackage("io.ctxrec.app..", "io.ctxrec.routes..")
            .and().doNotHaveFullyQualifiedName(ServiceGraph.class.getName())
            .should().dependOnClassesThat().resideInAPackage("io.ctxrec.adapters.artifacts..")
            .because("a version's files are the artifact adapter's business");

    @Test
    void theRulesSeeTheWholeService() {
        assertThat(SERVICE.size()).isGreaterThan(50);
        assertThat(SERVICE.contain("io.ctxrec.routes.api.ModelsReport")).isTrue();
        assertThat(SERVICE.contain("io.ctxrec.routes.scoring.ServingVersions")).isTrue();
        assertThat(SERVICE.contain(ServiceGraph.class.getName())).isTrue();
    }

    @Test
    void onlyTheRetrainerDependsOnTraining() {
        onlyTheRetrainPathUsesTraining.check(SERVICE);
    }

    @Test
    void servingAndTheApiReadModelArtifactsOnlyThroughThePort() {
        modelArtifactsAreReadThroughThePort.check(SERVICE);
    }

    @Test
    void aClassThatTrainsOutsideTheRetrainPathIsReported() {
        // the test shop trains a version itself, as serving code must not
        JavaClasses trainsItself = new ClassFileImporter().importClasses(TinyShop.class);

        assertThatThrownBy(() -> onlyTheRetrainPathUsesTraining.check(trainsItself))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.ctxrec.training");
    }
}
