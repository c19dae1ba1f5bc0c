package io.ctxrec.training.dataset;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How the training data is prepared. {@code testFraction} is used by {@link SplitProtocol#SPLIT} only;
 * {@code negativesPerPositive} items are sampled per training positive every epoch;
 * {@code observedNegatives} turns views (and 1–3 star ratings) on items the user never turned into a
 * positive in training into label-0 rows. It is off by default: in a shop a view is interest, not
 * rejection (the test positives are drawn from the same taste and popularity as the views), and on the
 * demo shop's validation split views as negatives held every model at or below ItemPop, well under
 * the same models trained without them. {@code zone} is where time of day and season are read;
 * {@code seed} drives every random choice of the pipeline. {@code validationUsers} is how many users
 * (at most, sampled with the seed) give their latest training positive to the validation split early
 * stopping watches; 0 for none (every model then trains its maximum epochs).
 */
public record DatasetSettings(SplitProtocol protocol, double testFraction, int negativesPerPositive,
                              boolean observedNegatives, ZoneId zone, long seed, int validationUsers) {
    public static final double DEFAULT_TEST_FRACTION = 0.2;
    public static final int DEFAULT_NEGATIVES_PER_POSITIVE = 4;
    public static final long DEFAULT_SEED = 42L;
    /**
     * Enough cases that one epoch's validation NDCG@10 moves by more than its noise (standard error about
     * 0.3 / sqrt(2000) = 0.007), few enough that validating every epoch stays cheap next to the epoch.
     */
    public static final int DEFAULT_VALIDATION_USERS = 2000;
    public static final DatasetSettings DEFAULT = new DatasetSettings(SplitProtocol.SPLIT, DEFAULT_TEST_FRACTION,
            DEFAULT_NEGATIVES_PER_POSITIVE, false, ZoneId.of("UTC"), DEFAULT_SEED, DEFAULT_VALIDATION_USERS);

    public DatasetSettings {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(zone, "zone");
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), was " + testFraction);
        }
        if (negativesPerPositive < 0) {
            throw new IllegalArgumentException("negativesPerPositive must not be negative, was " + negativesPerPositive);
        }
        if (validationUsers < 0) {
            throw new IllegalArgumentException("validationUsers must not be negative, was " + validationUsers);
        }
    }

    public DatasetSettings withProtocol(SplitProtocol value) {
        return new DatasetSettings(value, testFraction, negativesPerPositive, observedNegatives, zone, seed,
                validationUsers);
    }

    public DatasetSettings withNegativesPerPositive(int value) {
        return new DatasetSettings(protocol, testFraction, value, observedNegatives, zone, seed, validationUsers);
    }

    public DatasetSettings withObservedNegatives(boolean value) {
        return new DatasetSettings(protocol, testFraction, negativesPerPositive, value, zone, seed, validationUsers);
    }

    public DatasetSettings withSeed(long value) {
        return new DatasetSettings(protocol, testFraction, negativesPerPositive, observedNegatives, zone, value,
                validationUsers);
    }

    public DatasetSettings withValidationUsers(int value) {
        return new DatasetSettings(protocol, testFraction, negativesPerPositive, observedNegatives, zone, seed, value);
    }
}
