package io.ctxrec.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.evaluation.GivenCandidates;
import io.ctxrec.training.ingest.Positives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestNegativesFileTest {
    @TempDir
    Path dir;
    private PreparedDataset data;

    // Held out: user 1 -> item 2, user 2 -> item 4, user 3 -> item 8.
    @BeforeEach
    void prepare() throws IOException {
        Path ratings = Files.writeString(dir.resolve("u.data"), """
                1\t1\t5\t100
                1\t2\t3\t200
                2\t3\t4\t100
                2\t4\t4\t200
                3\t5\t2\t100
                3\t6\t4\t110
                3\t7\t4\t120
                3\t8\t1\t130
                """);
        data = MovieLensShop.prepare(ratings, Positives.ALL, MovieLensShop.loo());
    }

    @Test
    void readsThePaperLayout() throws IOException {
        Path file = write("(1,2)\t5\t6\t7\n(2,4)\t1\t2\t5\n(3,8)\t1\t2\t3\n");

        GivenCandidates candidates = TestNegativesFile.read(file).candidates(data, 3);

        assertThat(ids(candidates, "1")).containsExactly("5", "6", "7");
        assertThat(ids(candidates, "2")).containsExactly("1", "2", "5");
        assertThat(ids(candidates, "3")).containsExactly("1", "2", "3");
    }

    @Test
    void readsThePlainLayoutSeparatedByTabsSpacesOrCommas() throws IOException {
        Path file = write("1 2 5 6 7\n\n2,4,1,2,5\n3\t8  1\t2,3\n");

        TestNegativesFile negatives = TestNegativesFile.read(file);
        GivenCandidates candidates = negatives.candidates(data, 3);

        assertThat(negatives.lines()).extracting(TestNegativesFile.Line::number).containsExactly(1L, 3L, 4L);
        assertThat(ids(candidates, "3")).containsExactly("1", "2", "3");
    }

    @Test
    void listsEveryBadLineByNumber() throws IOException {
        Path file = write("(1,3)\t5\t6\t7\n2 4 1 2\n9 1 2 3 4\n3 8 1 2 99\n");

        assertThatThrownBy(() -> TestNegativesFile.read(file).candidates(data, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 bad of 4 lines")
                .hasMessageContaining("line 1: held-out item is '3' but the protocol holds out '2' for user '1'")
                .hasMessageContaining("line 2: expected 3 negatives, found 2")
                .hasMessageContaining("line 3: unknown user '9'")
                .hasMessageContaining("line 4: unknown item '99'");
    }

    @Test
    void rejectsLinesThatCannotBeRead() throws IOException {
        Path file = write("(1,2 5 6 7\n1 2\n");

        assertThatThrownBy(() -> TestNegativesFile.read(file))
                .hasMessageContaining("2 bad of 2 lines")
                .hasMessageContaining("line 1: '(' without ')'")
                .hasMessageContaining("line 2: expected a user, the held-out item and negatives, found 2 fields");
    }

    @Test
    void rejectsANegativeTheUserHasInTrainingAndAUserWithoutALine() throws IOException {
        assertThatThrownBy(() -> TestNegativesFile.read(write("1 2 5 6 7\n2 4 1 2 5\n3 8 5 1 2\n")).candidates(data, 3))
                .hasMessageContaining("line 3: negative '5' is in the user's training items");
        assertThatThrownBy(() -> TestNegativesFile.read(write("1 2 5 6 7\n2 4 1 2 5\n")).candidates(data, 3))
                .hasMessageContaining("1 users with a held-out item have no line, e.g. '3'");
    }

    private String[] ids(GivenCandidates candidates, String user) {
        int u = data.encoders().users().indexOf(user).getAsInt();
        return Arrays.stream(candidates.negatives(u, Set.of(), data.nItems()))
                .mapToObj(i -> data.encoders().items().idAt(i)).toArray(String[]::new);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("test.negative"), text);
    }
}
