package io.ctxrec.training.dataset;

/**
 * What preparation read, dropped and produced. Rows read = events kept + duplicates + rows whose
 * product is not in the catalog; events kept = training events + test events. {@code users} is the
 * number of users with training events (the user encoder's size); {@code items} the catalog size;
 * {@code contexts} the context indexes over all kept features, unknown slots included.
 * {@code trainObservedNegatives} are views and low ratings used as label-0 rows (0 when disabled);
 * {@code repeatTestPositives} are test positives not made cases because the pair was already positive
 * in training; {@code coldUsers} have events but none in training.
 */
public record DatasetCounts(long rawInteractions, long rawRatings, long duplicates, long missingProducts,
                            long events, long positiveEvents, int users, int items, int contextFeatures,
                            int contexts, long trainEvents, long trainPositives, long trainObservedNegatives,
                            long testEvents, long testCases, long coldUsers, long repeatTestPositives) {

    public long rawRows() {
        return rawInteractions + rawRatings;
    }
}
