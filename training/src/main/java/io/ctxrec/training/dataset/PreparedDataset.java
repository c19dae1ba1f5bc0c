package io.ctxrec.training.dataset;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.evaluation.ItemPopularity;
import io.ctxrec.domain.model.Product;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything training and evaluation need, encoded. {@code products} is the catalog in item index
 * order (item i is {@code products.get(i)}, for category, brand and price). {@code positives} are all
 * training positive events; {@code observedNegatives} the training views and 1–3 star ratings on items
 * the user never made a positive in training. {@code trainUserItems} holds each user's items touched
 * in training, for negative sampling and the evaluator. {@code popularity} is the ItemPop baseline
 * over the training positives. {@code validation} is carved from the training data for early stopping
 * ({@link #validationFit()}).
 */
public record PreparedDataset(DatasetSettings settings, EncoderSet encoders, List<Product> products,
                              TrainingRows positives, TrainingRows observedNegatives,
                              Map<Integer, Set<Integer>> trainUserItems, List<HeldOutInteraction> testCases,
                              DatasetCounts counts, List<String> droppedFeatures, ItemPopularity popularity,
                              ValidationSplit validation) {

    public PreparedDataset {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(encoders, "encoders");
        products = List.copyOf(products);
        Objects.requireNonNull(positives, "positives");
        Objects.requireNonNull(observedNegatives, "observedNegatives");
        trainUserItems = trainUserItems instanceof UserItemSets ? trainUserItems : Map.copyOf(trainUserItems);
        testCases = List.copyOf(testCases);
        Objects.requireNonNull(counts, "counts");
        droppedFeatures = List.copyOf(droppedFeatures);
        Objects.requireNonNull(popularity, "popularity");
        Objects.requireNonNull(validation, "validation");
    }

    /** Whether early stopping has validation cases to watch. */
    public boolean hasValidation() {
        return !validation.cases().isEmpty();
    }

    /**
     * The dataset early stopping trains and validates on: the training rows without the validation cases'
     * events, and the validation cases in place of the test cases, so the test set is never read while
     * choosing the epoch. It has no validation split of its own.
     */
    public PreparedDataset validationFit() {
        if (!hasValidation()) {
            throw new IllegalStateException("the dataset has no validation cases");
        }
        return new PreparedDataset(settings, encoders, products, validation.positives(), validation.observedNegatives(),
                validation.trainUserItems(), validation.cases(), counts, droppedFeatures,
                ItemPopularity.fromPositives(nItems(), validation.positives().items()), ValidationSplit.NONE);
    }

    public int nUsers() {
        return encoders.nUsers();
    }

    public int nItems() {
        return encoders.nItems();
    }

    public int nContexts() {
        return encoders.nContexts();
    }

    /** The kept context features in position order. */
    public List<String> featureNames() {
        return encoders.featureNames();
    }

    /** Each item's own category, when category is a kept feature: it belongs to the item, not to the request. */
    public Optional<ItemContext> itemContext() {
        return ItemContext.category(encoders, products);
    }

    /** Training examples per epoch with this dataset's negative ratio and seed, each with its item's own category. */
    public EpochSampler epochSampler() {
        return epochSampler(settings.negativesPerPositive());
    }

    /** Training examples an epoch holds with {@code negativesPerPositive}: each positive, its negatives, the observed ones. */
    public long samplesPerEpoch(int negativesPerPositive) {
        return positives.size() * (1L + negativesPerPositive) + observedNegatives.size();
    }

    /** As {@link #epochSampler()} with another number of negatives per positive (a model's own). */
    public EpochSampler epochSampler(int negativesPerPositive) {
        return epochSampler(negativesPerPositive, 0);
    }

    /**
     * As {@link #epochSampler(int)}, the negatives drawn by this dataset's training popularity to the power
     * {@code negativeAlpha} ({@link PopularNegatives}); 0 draws them uniformly.
     */
    public EpochSampler epochSampler(int negativesPerPositive, double negativeAlpha) {
        PopularNegatives popular = negativeAlpha == 0 ? null
                : PopularNegatives.of(popularity.counts(), negativeAlpha);
        return new EpochSampler(positives, observedNegatives, trainUserItems, nItems(),
                negativesPerPositive, settings.seed(), itemContext().orElse(null), popular);
    }
}
