package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.DatabaseSettings;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.store.ModelStores;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.training.data.DemoData;
import io.ctxrec.training.data.DemoDataReport;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.pipeline.Dl4jModelTrainer;
import io.ctxrec.training.pipeline.ShopSources;
import io.ctxrec.training.pipeline.TrainingPipeline;
import io.ctxrec.training.pipeline.TrainingProgress;
import io.ctxrec.training.pipeline.VersionIds;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database (migrated on open) and the adapters over it, shared by every command. */
final class Infrastructure implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);

    private final CtxrecConfig config;
    private final Database database;
    private final JdbcAdapters jdbc;
    private final ModelStore modelStore;

    private Infrastructure(CtxrecConfig config, Database database) {
        this.config = config;
        this.database = database;
        this.jdbc = JdbcAdapters.of(database);
        this.modelStore = ModelStores.configured(config, jdbc);
    }

    static Infrastructure open(CtxrecConfig config) {
        DatabaseSettings settings = new DatabaseSettings(config.get("ctxrec.db.url"), config.get("ctxrec.db.user"),
                config.get("ctxrec.db.password"), config.getInt("ctxrec.db.pool-size"),
                config.getInt("ctxrec.db.connection-timeout-ms"), config.getInt("ctxrec.db.query-timeout-seconds"),
                config.getInt("ctxrec.db.retry-after-seconds"));
        return new Infrastructure(config, Database.open(settings));
    }

    JdbcAdapters jdbc() {
        return jdbc;
    }

    /** Where the versions' files live ({@code ctxrec.models.store}, {@code ctxrec.models.dir}). */
    ModelStore modelStore() {
        return modelStore;
    }

    javax.sql.DataSource dataSource() {
        return database.dataSource();
    }

    /** The model families the service trains and serves. */
    static ModelFamilies families() {
        return BuiltInFamilies.all();
    }

    /** The offline pipeline over this database and the configured model store, telling {@code progress}. */
    TrainingPipeline trainingPipeline(TrainingProgress progress) {
        return new TrainingPipeline(new ShopSources(jdbc.interactionHistory(), jdbc.productCatalog(), jdbc.ratings()),
                jdbc.modelVersions(), jdbc.encoderStore(), modelStore, new Dl4jModelTrainer(), families(),
                VersionIds.systemClock(), progress);
    }

    /** Creates the demo shop in an empty database, when configured to. */
    Optional<DemoDataReport> ensureDemoData() {
        if (!config.getBoolean("ctxrec.demo.generate-if-empty")) {
            return Optional.empty();
        }
        GeneratorSettings settings = GeneratorSettings.small().withSeed(config.getInt("ctxrec.demo.seed"));
        Optional<DemoDataReport> report = new DemoData().generateIfEmpty(settings, jdbc.shopDataLoader());
        report.ifPresent(r -> LOG.info("Empty shop: created the demo shop ({} users, {} products, {} interactions, "
                + "{} ratings) in {} ms", r.users(), r.products(), r.interactions(), r.ratings(), r.elapsed().toMillis()));
        return report;
    }

    @Override
    public void close() {
        database.close();
    }
}
