package io.ctxrec.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Imports the real DePaulMovie file, which lives outside the repository in {@code shared/} next to it
 * (or where {@code -Dctxrec.depaulmovie} points). A missing file fails the test: it is not optional.
 */
class DePaulMovieDatasetTest {
    private static final String PROPERTY = "ctxrec.depaulmovie";

    @Test
    void importsEveryRowUserMovieAndPositiveOfTheRealFile() throws IOException {
        Path file = datasetFile();
        List<String[]> rows = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",")).toList();
        long positives = rows.stream().filter(r -> Integer.parseInt(r[2]) >= 4).count();
        long withoutContext = rows.stream().filter(r -> r[3].equals("NA") && r[4].equals("NA") && r[5].equals("NA"))
                .count();
        InMemoryShopDataLoader loader = new InMemoryShopDataLoader();

        ImportReport report = new ShopImporter(loader, KnownIds.none())
                .importFile(file, DatasetFormat.DEPAULMOVIE, ImportMode.STRICT);

        assertThat(report.rowsRead()).isEqualTo(5_043);
        assertThat(report.rowsLoaded()).isEqualTo(5_043);
        assertThat(report.badRows()).isEmpty();
        assertThat(report.usersCreated()).isEqualTo(97);
        assertThat(report.productsCreated()).isEqualTo(79);
        assertThat(report.ratingsCreated()).isEqualTo(5_043);
        assertThat(loader.interactions().stream().filter(i -> i.action() == Action.PURCHASE).count())
                .isEqualTo(positives);
        assertThat(loader.interactions().stream().map(Interaction::extraContext).filter(m -> m.isEmpty()).count())
                .isEqualTo(withoutContext);
    }

    private static Path datasetFile() {
        String configured = System.getProperty(PROPERTY);
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path file = configured != null ? Path.of(configured)
                : moduleDir.resolve("../../shared/datasets/depaulmovie/ratings.txt").normalize();
        assertThat(file).as("DePaulMovie ratings.txt is missing at %s: clone the repository next to shared/"
                + " or run with -D%s=/path/to/ratings.txt", file.toAbsolutePath(), PROPERTY).isRegularFile();
        return file;
    }
}
