package io.ctxrec.app;

import io.ctxrec.training.ingest.DatasetFormat;
import io.ctxrec.training.ingest.ImportException;
import io.ctxrec.training.ingest.ImportMode;
import io.ctxrec.training.ingest.ImportReport;
import io.ctxrec.training.ingest.KnownIds;
import io.ctxrec.training.ingest.ShopImporter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Loads interactions from a file, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import interactions from a file into the database, all or nothing per file.",
            "Formats: csv (a header naming the columns: user_id and product_id or item_id; optionally one of action, "
                + "rating (1-5, >= 4 a purchase) and count (>= 1 a purchase; without any of the three every row is), "
                + "timestamp (else file order), device_type, and any ctx_<name> context columns; the shop's export is "
                + "user_id,product_id,action,timestamp,device_type), movielens (u.data or "
                + "ratings.dat: rating >= 4 is a purchase, else a view), depaul (DePaulMovie ratings.txt: Time, Location "
                + "and Companion become context features).",
            "A bad row is reported with its line number; by default one bad row loads nothing."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    CtxrecCli parent;

    @Option(names = "--format", required = true, paramLabel = "csv|movielens|depaul",
            description = "The file's format.")
    String format;

    @Option(names = "--skip-bad-rows",
            description = "Load the good rows and report the bad ones, instead of loading nothing.")
    boolean skipBadRows;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Override
    public Integer call() {
        DatasetFormat f = DatasetFormat.parse(format);
        try (Infrastructure infra = Infrastructure.open(parent.config())) {
            ShopImporter importer = new ShopImporter(infra.jdbc().shopDataLoader(),
                    KnownIds.in(infra.jdbc().userDirectory(), infra.jdbc().productCatalog()));
            ImportReport r = importer.importFile(file, f, skipBadRows ? ImportMode.SKIP_BAD_ROWS : ImportMode.STRICT);
            System.out.printf("imported %s: %,d rows read, %,d loaded; created %,d users, %,d products, "
                            + "%,d interactions, %,d ratings%n", r.source(), r.rowsRead(), r.rowsLoaded(),
                    r.usersCreated(), r.productsCreated(), r.interactionsCreated(), r.ratingsCreated());
            if (r.hasBadRows()) {
                System.out.printf("skipped %,d bad rows:%n%s%n", r.badRows().size(), r.describeBadRows());
            }
            return 0;
        } catch (ImportException e) {
            System.err.println("ctxrec: nothing was imported: " + e.getMessage());
            return 1;
        }
    }
}
