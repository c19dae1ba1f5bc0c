package io.ctxrec.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import io.ctxrec.domain.testdata.ProductBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    private static final String HEADER = "user_id,product_id,action,timestamp,device_type\n";
    @TempDir
    Path dir;
    private final InMemoryShopDataLoader loader = new InMemoryShopDataLoader();
    private final ShopImporter importer = new ShopImporter(loader, KnownIds.none());

    @Test
    void readsIsoAndEpochTimesQuotedFieldsAndAMissingDevice() throws IOException {
        Path file = write(HEADER
                + "u1,p1,view,2024-01-05T10:00:00Z,mobile\n"
                + "\n"
                + "\"u1\",\"p1\",CART,1704449100,desktop   \n"
                + "u2,p2,purchase,2024-01-05T11:00:00Z,\n"
                + "u2,p1,view,2024-01-05T12:00:00Z\n");

        ImportReport report = importer.importFile(file, DatasetFormat.CSV, ImportMode.STRICT);

        assertThat(loader.interactions()).containsExactly(
                new Interaction("u1", "p1", Action.VIEW, DeviceType.MOBILE, Instant.parse("2024-01-05T10:00:00Z")),
                new Interaction("u1", "p1", Action.CART, DeviceType.DESKTOP, Instant.parse("2024-01-05T10:05:00Z")),
                new Interaction("u2", "p2", Action.PURCHASE, DeviceType.UNKNOWN, Instant.parse("2024-01-05T11:00:00Z")),
                new Interaction("u2", "p1", Action.VIEW, DeviceType.UNKNOWN, Instant.parse("2024-01-05T12:00:00Z")));
        assertThat(report).isEqualTo(new ImportReport(file.toString(), 4, 4, List.of(), 2, 2, 4, 0));
    }

    @Test
    void createsPlaceholderProductsCountingTheirViews() throws IOException {
        importer.importFile(write(HEADER + "u1,p1,view,1,\nu2,p1,view,2,\nu2,p1,cart,3,\n"), DatasetFormat.CSV,
                ImportMode.STRICT);

        assertThat(loader.products()).containsExactly(ProductBuilder.aProduct("p1").named("Product p1")
                .priced("0").inCategory("unknown").ofBrand("unknown").viewed(2).build());
    }

    @Test
    void leavesProductsAndUsersTheShopAlreadyHasAsTheyAre() throws IOException {
        Product real = ProductBuilder.aProduct("p1").named("Acme Trail Shoe 123").build();
        loader.load(new ShopData(List.of(new io.ctxrec.domain.model.User("u1", "Ada")), List.of(real),
                List.of(), List.of()));
        ShopImporter knowing = new ShopImporter(loader, new KnownIds(loader::hasUser, loader::hasProduct));

        ImportReport report = knowing.importFile(write(HEADER + "u1,p1,view,1,\nu2,p2,view,2,\n"),
                DatasetFormat.CSV, ImportMode.STRICT);

        assertThat(loader.products()).first().isEqualTo(real);
        assertThat(loader.users()).first().extracting("name").isEqualTo("Ada");
        assertThat(report.usersCreated()).isEqualTo(1);
        assertThat(report.productsCreated()).isEqualTo(1);
    }

    @Test
    void reportsEveryBadRowByLineNumberAndLoadsNothingInStrictMode() throws IOException {
        Path file = write(HEADER
                + "u1,p1,view,2024-01-05T10:00:00Z,mobile\n"
                + "u1,p1,view\n"
                + "u1,p1,like,2024-01-05T10:00:00Z,mobile\n"
                + "u1,p1,view,yesterday,mobile\n"
                + ",p1,view,2024-01-05T10:00:00Z,mobile\n"
                + "\"u,1\",p1,view,2024-01-05T10:00:00Z,mobile\n"
                + "u1,p1,view,2024-01-05T10:00:00Z,watch\n");

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.importFile(file, DatasetFormat.CSV, ImportMode.STRICT));

        assertThat(e.report().badRows()).containsExactly(
                new BadRow(3, "expected 5 columns (user_id,product_id,action,timestamp,device_type,"
                        + " the last may be empty) but found 3"),
                new BadRow(4, "action must be view, cart or purchase, was 'like'"),
                new BadRow(5, "timestamp must be an ISO-8601 instant (2024-01-05T10:00:00Z) or epoch seconds,"
                        + " was 'yesterday'"),
                new BadRow(6, "userId is required"),
                new BadRow(7, "column 1 has an unmatched quote (quoted fields must not contain ',')"),
                new BadRow(8, "deviceType must be mobile, desktop or tablet, was 'watch'"));
        assertThat(e.report().rowsRead()).isEqualTo(7);
        assertThat(e.report().rowsLoaded()).isZero();
        assertThat(e).hasMessageContaining("6 bad rows of 7, nothing loaded").hasMessageContaining("line 6: userId");
        assertThat(loader.loads()).isZero();
    }

    @Test
    void skipModeLoadsTheGoodRowsAndStillReportsTheBadOnes() throws IOException {
        Path file = write(HEADER + "u1,p1,view,1,mobile\nu1,p1,buy,2,mobile\nu2,p2,view,3,tablet\n");

        ImportReport report = importer.importFile(file, DatasetFormat.CSV, ImportMode.SKIP_BAD_ROWS);

        assertThat(report).isEqualTo(new ImportReport(file.toString(), 3, 2,
                List.of(new BadRow(3, "action must be view, cart or purchase, was 'buy'")), 2, 2, 2, 0));
        assertThat(loader.interactions()).extracting(Interaction::userId).containsExactly("u1", "u2");
    }

    @Test
    void strictMessageShowsTheFirstTwentyBadRowsAndTheTotal() throws IOException {
        String rows = IntStream.rangeClosed(1, 25).mapToObj(i -> "u1,p1,nope,1,\n").collect(Collectors.joining());

        assertThatThrownBy(() -> importer.importFile(write(HEADER + rows), DatasetFormat.CSV, ImportMode.STRICT))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 21: action").hasMessageNotContaining("line 22:")
                .hasMessageContaining("... and 5 more (25 bad rows in total)");
    }

    @Test
    void rejectsAFileWithoutTheHeader() throws IOException {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.importFile(write("u1,p1,view,1,mobile\n"), DatasetFormat.CSV, ImportMode.SKIP_BAD_ROWS));

        assertThat(e.report().badRows()).extracting(BadRow::lineNumber).containsExactly(1L);
        assertThat(e.report().badRows().get(0).reason()).startsWith("header column 'u1' is not one of required user_id");
        assertThat(loader.loads()).isZero();
    }

    @Test
    void acceptsTheHeaderWithoutDeviceType() throws IOException {
        ImportReport report = importer.importFile(write("USER_ID, product_id, action, timestamp\nu1,p1,view,1\n"),
                DatasetFormat.CSV, ImportMode.STRICT);

        assertThat(report.rowsLoaded()).isEqualTo(1);
    }

    @Test
    void namesTheFileItCannotRead() {
        Path missing = dir.resolve("nope.csv");

        assertThatThrownBy(() -> importer.importFile(missing, DatasetFormat.CSV, ImportMode.STRICT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read import file " + missing.toAbsolutePath());
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("interactions.csv"), content);
    }
}
