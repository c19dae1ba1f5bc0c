package io.ctxrec.adapters.jdbc;

import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.domain.port.EncoderStore;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ModelRunLog;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.domain.port.Ratings;
import io.ctxrec.domain.port.ShopDataLoader;
import io.ctxrec.domain.port.TrainingLease;
import io.ctxrec.domain.port.TrainingRunLog;
import io.ctxrec.domain.port.UserListStamp;
import io.ctxrec.domain.port.UserDirectory;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/** Builds every JDBC adapter on one data source: the only public way in to this package's ports. */
public final class JdbcAdapters {
    private final ProductCatalog productCatalog;
    private final UserDirectory userDirectory;
    private final InteractionHistory interactionHistory;
    private final Ratings ratings;
    private final RecommendationCache recommendationCache;
    private final ModelRunLog modelRunLog;
    private final ModelVersions modelVersions;
    private final EncoderStore encoderStore;
    private final ShopDataLoader shopDataLoader;
    private final TrainingLease trainingLease;
    private final TrainingRunLog trainingRunLog;
    private final UserListStamp.Source userListStamps;
    private final Jdbc jdbc;
    private final Clock clock;

    /**
     * @param clock stamps the rows whose time the domain does not give: users.created_at,
     *              products.updated_at, model_versions.created_at / activated_at
     */
    public JdbcAdapters(DataSource dataSource, Clock clock) {
        this(dataSource, clock, 0);
    }

    /** {@code queryTimeoutSeconds}: the longest a single query or update outside a transaction may run; 0: no limit. */
    public JdbcAdapters(DataSource dataSource, Clock clock, int queryTimeoutSeconds) {
        Objects.requireNonNull(clock, "clock");
        Jdbc jdbc = new Jdbc(Objects.requireNonNull(dataSource, "dataSource"), queryTimeoutSeconds);
        this.jdbc = jdbc;
        this.clock = clock;
        this.productCatalog = new JdbcProductCatalog(jdbc);
        this.userDirectory = new JdbcUserDirectory(jdbc);
        this.interactionHistory = new JdbcInteractionHistory(jdbc);
        this.ratings = new JdbcRatings(jdbc);
        this.recommendationCache = new JdbcRecommendationCache(jdbc);
        this.modelRunLog = new JdbcModelRunLog(jdbc);
        this.modelVersions = new JdbcModelVersions(jdbc, clock);
        this.encoderStore = new JdbcEncoderStore(jdbc);
        this.shopDataLoader = new JdbcShopDataLoader(jdbc, clock);
        this.trainingLease = new JdbcTrainingLease(jdbc);
        this.trainingRunLog = new JdbcTrainingRunLog(jdbc);
        this.userListStamps = new JdbcUserListStamps(jdbc);
    }

    public static JdbcAdapters of(Database database) {
        return new JdbcAdapters(database.dataSource(), Clock.systemUTC(), database.settings().queryTimeoutSeconds());
    }

    public ProductCatalog productCatalog() {
        return productCatalog;
    }

    public UserDirectory userDirectory() {
        return userDirectory;
    }

    public InteractionHistory interactionHistory() {
        return interactionHistory;
    }

    public Ratings ratings() {
        return ratings;
    }

    public RecommendationCache recommendationCache() {
        return recommendationCache;
    }

    public ModelRunLog modelRunLog() {
        return modelRunLog;
    }

    public ModelVersions modelVersions() {
        return modelVersions;
    }

    public EncoderStore encoderStore() {
        return encoderStore;
    }

    public ShopDataLoader shopDataLoader() {
        return shopDataLoader;
    }

    public TrainingLease trainingLease() {
        return trainingLease;
    }

    public TrainingRunLog trainingRunLog() {
        return trainingRunLog;
    }

    public UserListStamp.Source userListStamps() {
        return userListStamps;
    }

    /**
     * The model store in this database ({@code ctxrec.models.store=database}), with {@code localCopies} the
     * instance's own folders: where training writes a version before publishing it, and where versions read
     * from the database are kept.
     */
    public ModelStore modelStore(VersionFolders localCopies) {
        return new JdbcModelStore(jdbc, Objects.requireNonNull(localCopies, "localCopies"), clock);
    }
}
