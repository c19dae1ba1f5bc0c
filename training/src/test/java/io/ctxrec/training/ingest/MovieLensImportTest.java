package io.ctxrec.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensImportTest {
    @TempDir
    Path dir;
    private final InMemoryShopDataLoader loader = new InMemoryShopDataLoader();
    private final ShopImporter importer = new ShopImporter(loader, KnownIds.none());

    @Test
    void storesEachRowAsARatingAndAsAPurchaseFromFourStarsElseAView() throws IOException {
        Path file = write("196\t242\t3\t881250949\n186\t302\t4\t891717742\n196\t302\t5\t881251000\n");

        ImportReport report = importer.importFile(file, DatasetFormat.MOVIELENS, ImportMode.STRICT);

        Instant first = Instant.ofEpochSecond(881250949);
        assertThat(loader.interactions()).first()
                .isEqualTo(new Interaction("196", "242", Action.VIEW, DeviceType.UNKNOWN, first));
        assertThat(loader.interactions()).extracting(Interaction::action)
                .containsExactly(Action.VIEW, Action.PURCHASE, Action.PURCHASE);
        assertThat(loader.ratings()).first().isEqualTo(new Rating("196", "242", 3, "", first));
        assertThat(report).isEqualTo(new ImportReport(file.toString(), 3, 3, List.of(), 2, 2, 3, 3));
    }

    @Test
    void createsMoviesWithTheirRatingFigures() throws IOException {
        importer.importFile(write("196\t302\t3\t881250949\n186\t302\t4\t891717742\n"), DatasetFormat.MOVIELENS,
                ImportMode.STRICT);

        Product movie = loader.products().get(0);
        assertThat(movie).extracting(Product::id, Product::name, Product::category, Product::brand)
                .containsExactly("302", "Movie 302", "movie", "unknown");
        assertThat(movie.ratingAvg()).isEqualTo(3.5);
        assertThat(movie.ratingCount()).isEqualTo(2);
        assertThat(movie.viewCount()).isEqualTo(1);
    }

    @Test
    void reportsBadRatingsTimesAndColumnsByLine() throws IOException {
        Path file = write("1\t2\t0\t881250949\n1\t2\tfive\t881250949\n1\t2\t3\t-5\n1 2 3 881250949\n\t2\t3\t881250949\n");

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.importFile(file, DatasetFormat.MOVIELENS, ImportMode.STRICT));

        assertThat(e.report().badRows()).containsExactly(
                new BadRow(1, "rating must be a whole number 1..5, was '0'"),
                new BadRow(2, "rating must be a whole number 1..5, was 'five'"),
                new BadRow(3, "unix_time must be epoch seconds, was '-5'"),
                new BadRow(4, "expected 4 columns (tab-separated user, item, rating, unix_time) but found 1"),
                new BadRow(5, "userId is required"));
        assertThat(loader.loads()).isZero();
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("u.data"), content);
    }
}
