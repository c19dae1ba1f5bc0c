package io.ctxrec.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.training.ingest.Positives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensLeaveOneOutTest {
    @TempDir
    Path dir;

    @Test
    void holdsOutEachUsersLatestRatingWhateverTheFileOrder() throws IOException {
        Path file = write("""
                1\t10\t5\t300
                1\t11\t2\t100
                1\t12\t4\t200
                2\t11\t1\t150
                2\t10\t3\t50
                """);

        assertThat(heldOut(MovieLensShop.prepare(file, Positives.ALL, MovieLensShop.loo())))
                .isEqualTo(Map.of("1", "10", "2", "11"));
    }

    @Test
    void onATimestampTieTheRowFurtherDownTheFileIsHeldOut() throws IOException {
        Path file = write("""
                1\t10\t5\t300
                1\t12\t4\t300
                1\t11\t4\t100
                2\t13\t4\t300
                2\t12\t4\t300
                2\t11\t4\t300
                """);

        assertThat(heldOut(MovieLensShop.prepare(file, Positives.ALL, MovieLensShop.loo())))
                .isEqualTo(Map.of("1", "12", "2", "11"));
    }

    @Test
    void withAllRatingsAsPositivesALowLatestRatingIsTheTestItemButNotWithTheThreshold() throws IOException {
        Path file = write("""
                1\t10\t5\t100
                1\t11\t4\t200
                1\t12\t1\t300
                """);

        assertThat(heldOut(MovieLensShop.prepare(file, Positives.ALL, MovieLensShop.loo()))).isEqualTo(Map.of("1", "12"));
        assertThat(heldOut(MovieLensShop.prepare(file, Positives.THRESHOLD, MovieLensShop.loo())))
                .isEqualTo(Map.of("1", "11"));
    }

    @Test
    void theHeldOutItemIsNotInTraining() throws IOException {
        Path file = write("1\t10\t5\t100\n1\t11\t4\t200\n1\t11\t4\t150\n");

        PreparedDataset data = MovieLensShop.prepare(file, Positives.ALL, MovieLensShop.loo());

        int item11 = data.encoders().items().indexOf("11").getAsInt();
        assertThat(data.trainUserItems().get(data.encoders().users().indexOf("1").getAsInt())).doesNotContain(item11);
        assertThat(data.counts().trainPositives()).isEqualTo(1);
    }

    static Map<String, String> heldOut(PreparedDataset data) {
        Map<String, String> byUser = new TreeMap<>();
        for (HeldOutInteraction c : data.testCases()) {
            byUser.put(data.encoders().users().idAt(c.user()), data.encoders().items().idAt(c.item()));
        }
        return byUser;
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("u.data"), text);
    }
}
