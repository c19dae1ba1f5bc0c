package io.ctxrec.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The csv format with a header that names its columns: ctx_ columns, a rating or count, optional times. */
class CsvContextImportTest {
    @TempDir
    Path dir;
    private final InMemoryShopDataLoader loader = new InMemoryShopDataLoader();
    private final ShopImporter importer = new ShopImporter(loader, KnownIds.none());

    @Test
    void contextColumnsBecomeTheExtraContextInAnyColumnOrder() throws IOException {
        Path file = write("ctx_Weather,user_id,item_id,timestamp,ctx_homework,device_type\n"
                + "sunny,u1,p1,2024-01-05T10:00:00Z,home,mobile\n"
                + "NA,u1,p2,1704449100,,\n");

        importer.importFile(file, DatasetFormat.CSV, ImportMode.STRICT);

        assertThat(loader.interactions()).containsExactly(
                new Interaction("u1", "p1", Action.PURCHASE, DeviceType.MOBILE, Instant.parse("2024-01-05T10:00:00Z"),
                        Map.of("weather", "sunny", "homework", "home")),
                new Interaction("u1", "p2", Action.PURCHASE, DeviceType.UNKNOWN, Instant.parse("2024-01-05T10:05:00Z"),
                        Map.of()));
    }

    @Test
    void withoutTimestampsRowsKeepFileOrderOneMillisecondApart() throws IOException {
        importer.importFile(write("user,item,ctx_weather\nu1,p1,sunny\n\nu1,p2,rainy\n"), DatasetFormat.CSV,
                ImportMode.STRICT);

        assertThat(loader.interactions()).extracting(Interaction::at).containsExactly(
                Instant.parse("2015-01-01T00:00:00Z"), Instant.parse("2015-01-01T00:00:00.002Z"));
    }

    @Test
    void aCountOfOneOrMoreIsAPositiveAndZeroAView() throws IOException {
        importer.importFile(write("user_id,product_id,count\nu1,p1,3\nu1,p2,0\nu2,p1,1\n"), DatasetFormat.CSV,
                ImportMode.STRICT);

        assertThat(loader.interactions()).extracting(Interaction::action)
                .containsExactly(Action.PURCHASE, Action.VIEW, Action.PURCHASE);
        assertThat(loader.ratings()).isEmpty();
    }

    @Test
    void ratingsAreRatingsAndFollowPositivesAsInTheMovieFormats() throws IOException {
        Path file = write("user_id,product_id,rating,ctx_mood\nu1,p1,5,happy\nu1,p2,2,sad\n");

        ImportReport stored = importer.importFile(file, DatasetFormat.CSV, ImportMode.STRICT);
        assertThat(stored.ratingsCreated()).isEqualTo(2);
        assertThat(loader.interactions()).extracting(Interaction::action).containsExactly(Action.PURCHASE, Action.VIEW);

        InMemoryShopDataLoader implicit = new InMemoryShopDataLoader();
        new ShopImporter(implicit, KnownIds.none()).asImplicitFeedback(Positives.ALL)
                .importFile(file, DatasetFormat.CSV, ImportMode.STRICT);
        assertThat(implicit.interactions()).extracting(Interaction::action)
                .containsExactly(Action.PURCHASE, Action.PURCHASE);
        assertThat(implicit.interactions()).extracting(Interaction::extraContext)
                .containsExactly(Map.of("mood", "happy"), Map.of("mood", "sad"));
        assertThat(implicit.ratings()).isEmpty();
    }

    @Test
    void badRowsAreListedByLineAndNothingIsLoadedWithoutSkipping() throws IOException {
        Path file = write("user_id,item_id,count,timestamp,ctx_weather\n"
                + "u1,p1,1,2024-01-05T10:00:00Z,sunny\n"
                + "u1,p2,many,2024-01-05T10:00:00Z,sunny\n"
                + "u1,p3,1,2024-01-05T10:00:00Z\n"
                + "u1,p4,1,tomorrow,rainy\n"
                + "u2,p1,2,2024-01-05T11:00:00Z,rainy\n");

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.importFile(file, DatasetFormat.CSV, ImportMode.STRICT));

        assertThat(e.report().badRows()).extracting(BadRow::lineNumber).containsExactly(3L, 5L);
        assertThat(e.report().badRows().get(0).reason()).isEqualTo("count must be a whole number 0 or more, was 'many'");
        assertThat(e.report().badRows().get(1).reason()).startsWith("timestamp must be");
        assertThat(loader.loads()).isZero();

        ImportReport skipped = importer.importFile(file, DatasetFormat.CSV, ImportMode.SKIP_BAD_ROWS);
        assertThat(skipped.rowsLoaded()).isEqualTo(3);
        assertThat(loader.interactions()).extracting(Interaction::productId).containsExactly("p1", "p3", "p1");
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsBad() throws IOException {
        ImportException e = catchThrowableOfType(ImportException.class, () -> importer.importFile(
                write("user_id,item_id,ctx_weather,ctx_homework\nu1,p1\nu1,p1,sunny,home,extra\n"),
                DatasetFormat.CSV, ImportMode.STRICT));

        assertThat(e.report().badRows()).containsExactly(
                new BadRow(2, "expected 4 columns (user_id,item_id,ctx_weather,ctx_homework, the last may be empty)"
                        + " but found 2"),
                new BadRow(3, "expected 4 columns (user_id,item_id,ctx_weather,ctx_homework, the last may be empty)"
                        + " but found 5"));
    }

    @Test
    void aHeaderThatBreaksTheRulesLoadsNothingAndSaysWhy() throws IOException {
        assertThat(headerError("user_id,ctx_weather\n")).startsWith("header must name a user_id and a product_id");
        assertThat(headerError("user_id,item_id,weather\n")).startsWith("header column 'weather' is not one of")
                .contains("ctx_<name>");
        assertThat(headerError("user_id,item_id,rating,count\n"))
                .startsWith("header may name only one of action, rating and count");
        assertThat(headerError("user_id,item_id,item\n")).startsWith("header names column 'product_id' twice");
        assertThat(headerError("user_id,item_id,ctx_season\n")).contains("other than time_of_day, season");
        assertThat(loader.loads()).isZero();
    }

    private String headerError(String header) throws IOException {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.importFile(write(header + "u1,p1,x,y\n"), DatasetFormat.CSV, ImportMode.SKIP_BAD_ROWS));
        List<BadRow> bad = e.report().badRows();
        assertThat(bad).hasSize(1).first().extracting(BadRow::lineNumber).isEqualTo(1L);
        return bad.get(0).reason();
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("context.csv"), content);
    }
}
