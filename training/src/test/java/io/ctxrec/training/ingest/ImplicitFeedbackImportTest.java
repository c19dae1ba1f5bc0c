package io.ctxrec.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplicitFeedbackImportTest {
    @TempDir
    Path dir;
    private final InMemoryShopDataLoader loader = new InMemoryShopDataLoader();

    @Test
    void allPositivesMakesEveryRatedRowOnePurchaseAndNoRating() throws IOException {
        Path file = write("u.data", "1\t10\t1\t100\n1\t11\t5\t101\n");

        new ShopImporter(loader, KnownIds.none()).asImplicitFeedback(Positives.ALL)
                .importFile(file, DatasetFormat.MOVIELENS, ImportMode.STRICT);

        assertThat(loader.interactions()).extracting(Interaction::action).containsExactly(Action.PURCHASE, Action.PURCHASE);
        assertThat(loader.ratings()).isEmpty();
    }

    @Test
    void thresholdPositivesKeepsLowRatingsAsViews() throws IOException {
        Path file = write("u.data", "1\t10\t3\t100\n1\t11\t4\t101\n");

        new ShopImporter(loader, KnownIds.none()).asImplicitFeedback(Positives.THRESHOLD)
                .importFile(file, DatasetFormat.MOVIELENS, ImportMode.STRICT);

        assertThat(loader.interactions()).extracting(Interaction::action).containsExactly(Action.VIEW, Action.PURCHASE);
        assertThat(loader.ratings()).isEmpty();
    }

    @Test
    void readsTheRatingsDatLayoutOfMovieLens1M() throws IOException {
        Path file = write("ratings.dat", "1::1193::5::978300760\n2::661::3::978302109\n");

        new ShopImporter(loader, KnownIds.none()).importFile(file, DatasetFormat.MOVIELENS, ImportMode.STRICT);

        assertThat(loader.interactions()).extracting(Interaction::userId, Interaction::productId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "1193"), org.assertj.core.groups.Tuple.tuple("2", "661"));
        assertThat(loader.ratings()).extracting(r -> r.stars()).containsExactly(5, 3);
    }

    @Test
    void parsesPositivesByNameAndRejectsOthers() {
        assertThat(Positives.parse(" All ")).isEqualTo(Positives.ALL);
        assertThat(Positives.parse("threshold")).isEqualTo(Positives.THRESHOLD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Positives.parse("some"))
                .hasMessage("--positives must be all or threshold, was 'some'");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
