package io.ctxrec.bench;

import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.DatabaseSettings;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.training.ingest.DatasetFormat;
import io.ctxrec.training.ingest.ImportMode;
import io.ctxrec.training.ingest.ImportReport;
import io.ctxrec.training.ingest.KnownIds;
import io.ctxrec.training.ingest.Positives;
import io.ctxrec.training.ingest.ShopImporter;
import io.ctxrec.training.pipeline.ShopSources;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A throw-away in-memory H2 shop holding one imported file, so a benchmark never reads or changes the
 * configured database. Gone when closed.
 */
final class ScratchShop implements AutoCloseable {
    private final Database database;
    private final JdbcAdapters jdbc;
    private final ImportReport report;

    private ScratchShop(Database database, ImportReport report) {
        this.database = database;
        this.jdbc = JdbcAdapters.of(database);
        this.report = report;
    }

    /** Imports {@code file} strictly (one bad row and nothing is benchmarked) as implicit feedback. */
    static ScratchShop of(Path file, DatasetFormat format, Positives positives) {
        Database db = Database.open(new DatabaseSettings("jdbc:h2:mem:ctxrec-bench-" + UUID.randomUUID(), "sa", "", 2));
        try {
            JdbcAdapters jdbc = JdbcAdapters.of(db);
            ImportReport r = new ShopImporter(jdbc.shopDataLoader(), KnownIds.none()).asImplicitFeedback(positives)
                    .importFile(file, format, ImportMode.STRICT);
            return new ScratchShop(db, r);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    ShopSources sources() {
        return new ShopSources(jdbc.interactionHistory(), jdbc.productCatalog(), jdbc.ratings());
    }

    ImportReport report() {
        return report;
    }

    @Override
    public void close() {
        database.close();
    }
}
