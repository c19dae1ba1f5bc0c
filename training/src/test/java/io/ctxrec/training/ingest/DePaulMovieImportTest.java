package io.ctxrec.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DePaulMovieImportTest {
    private static final String HEADER = "userid,itemid,rating,Time,Location,Companion\n";
    @TempDir
    Path dir;
    private final InMemoryShopDataLoader loader = new InMemoryShopDataLoader();
    private final ShopImporter importer = new ShopImporter(loader, KnownIds.none());

    @Test
    void turnsTheContextColumnsIntoExtraContextLeavingOutNA() throws IOException {
        importer.importFile(write(HEADER + "1123,tt1499658,2,NA,NA,NA\n1001,tt0405422,4,Weekend,Home,NA\n"),
                DatasetFormat.DEPAULMOVIE, ImportMode.STRICT);

        Instant second = Instant.parse("2015-01-01T00:00:01Z");
        assertThat(loader.interactions()).containsExactly(
                new Interaction("1123", "tt1499658", Action.VIEW, DeviceType.UNKNOWN,
                        Instant.parse("2015-01-01T00:00:00Z"), Map.of()),
                new Interaction("1001", "tt0405422", Action.PURCHASE, DeviceType.UNKNOWN, second,
                        Map.of("time", "Weekend", "location", "Home")));
        assertThat(loader.ratings()).last().isEqualTo(new Rating("1001", "tt0405422", 4, "", second));
        assertThat(loader.products()).extracting("name").containsExactly("Movie tt1499658", "Movie tt0405422");
    }

    @Test
    void syntheticTimesFollowTheLinesSoSkippedRowsLeaveGaps() throws IOException {
        ImportReport report = importer.importFile(write(HEADER + "1,tt1,5,NA,NA,NA\n1,tt1,NA,NA,NA,NA\n1,tt2,1,x,y,z\n"),
                DatasetFormat.DEPAULMOVIE, ImportMode.SKIP_BAD_ROWS);

        assertThat(report.badRows()).containsExactly(new BadRow(3, "rating must be a whole number 1..5, was 'NA'"));
        assertThat(loader.interactions()).extracting(Interaction::at).containsExactly(
                Instant.parse("2015-01-01T00:00:00Z"), Instant.parse("2015-01-01T00:00:02Z"));
    }

    @Test
    void reportsAMissingColumnByLine() throws IOException {
        ImportException e = catchThrowableOfType(ImportException.class, () -> importer.importFile(
                write(HEADER + "1,tt1,5,NA,NA\n"), DatasetFormat.DEPAULMOVIE, ImportMode.STRICT));

        assertThat(e.report().badRows()).containsExactly(new BadRow(2,
                "expected 6 columns (userid,itemid,rating,Time,Location,Companion) but found 5"));
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("ratings.txt"), content);
    }
}
