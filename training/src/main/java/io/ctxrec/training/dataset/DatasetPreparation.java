package io.ctxrec.training.dataset;

import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.evaluation.ItemPopularity;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.Ratings;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the shop's ports into a training dataset: collect the events, clean them, split them by
 * the configured protocol, choose the context features and fit the encoders on the training part,
 * then encode training rows and evaluation cases.
 */
public final class DatasetPreparation {
    private final DatasetSettings settings;
    private final boolean withContext;

    public DatasetPreparation(DatasetSettings settings) {
        this(settings, true);
    }

    private DatasetPreparation(DatasetSettings settings, boolean withContext) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.withContext = withContext;
    }

    /**
     * The same preparation keeping no context feature: the same split, test cases, validation cases and
     * sampling, so a model trained on it differs only in what context tells it (the context ablation).
     */
    public DatasetPreparation withoutContext() {
        return new DatasetPreparation(settings, false);
    }

    public PreparedDataset prepare(InteractionHistory history, ProductCatalog catalog, Ratings ratings) {
        return prepare(new EventCollector(settings.zone()).collect(history, catalog, ratings), false);
    }

    /**
     * The same preparation on the training part only, split again by the same protocol: the test cases
     * are each user's latest training events, so hyperparameters can be chosen without the test set.
     */
    public PreparedDataset prepareValidation(InteractionHistory history, ProductCatalog catalog, Ratings ratings) {
        return prepare(new EventCollector(settings.zone()).collect(history, catalog, ratings), true);
    }

    private PreparedDataset prepare(CollectedEvents collected, boolean validation) {
        UserSplitter splitter = UserSplitter.of(settings);
        SplitEvents outer = SplitEvents.of(collected.events(), splitter);
        SplitEvents split = validation ? SplitEvents.of(outer.train(), splitter) : outer;
        ContextFeatures features = withContext ? ContextFeatures.choose(split.train())
                : ContextFeatures.none(split.train());
        EventEncoding encoding = EventEncoding.fit(split.train(), collected.catalog(), features.kept());
        List<Event> positives = split.train().stream().filter(Event::positive).toList();
        TrainingRows positiveRows = encoding.rows(positives);
        TrainingRows negativeRows = encoding.rows(observedNegatives(split.train(), positives));
        List<HeldOutInteraction> cases = split.cases().stream().map(encoding::heldOut).toList();
        ValidationSplit validationSplit = validationSplit(split.train(), encoding);
        DatasetCounts counts = new DatasetCounts(collected.rawInteractions(), collected.rawRatings(),
                collected.duplicates(), collected.missingProducts(), collected.events().size(),
                collected.events().stream().filter(Event::positive).count(), encoding.encoders().nUsers(),
                encoding.encoders().nItems(), encoding.encoders().nContextFeatures(),
                encoding.encoders().nContexts(), split.train().size(), positiveRows.size(), negativeRows.size(),
                split.test().size(), cases.size(), split.coldUsers(), split.repeatPositives());
        return new PreparedDataset(settings, encoding.encoders(), collected.catalog(), positiveRows, negativeRows,
                encoding.userItems(split.train()), cases, counts, features.dropped(),
                ItemPopularity.fromPositives(encoding.encoders().nItems(), positiveRows.items()), validationSplit);
    }

    // Encoded with the encoders fitted on all training events: the carved events are training data too.
    private ValidationSplit validationSplit(List<Event> train, EventEncoding encoding) {
        ValidationCarve carve = ValidationCarve.of(train, settings.validationUsers(), settings.seed());
        if (carve.cases().isEmpty()) {
            return ValidationSplit.NONE;
        }
        List<Event> positives = carve.fit().stream().filter(Event::positive).toList();
        return new ValidationSplit(encoding.rows(positives), encoding.rows(observedNegatives(carve.fit(), positives)),
                encoding.userItems(carve.fit()), carve.cases().stream().map(encoding::heldOut).toList());
    }

    // A view or low rating is a negative only if that user never made the item a positive in training.
    private List<Event> observedNegatives(List<Event> train, List<Event> positives) {
        if (!settings.observedNegatives()) {
            return List.of();
        }
        Set<List<String>> positivePairs = new HashSet<>();
        positives.forEach(e -> positivePairs.add(List.of(e.user(), e.item())));
        return train.stream().filter(e -> !e.positive())
                .filter(e -> !positivePairs.contains(List.of(e.user(), e.item()))).toList();
    }
}
