package io.ctxrec.training.dataset;

import java.util.StringJoiner;

/** The prepared dataset's counts as text for the CLI, one "name: value" line each. */
public final class DatasetSummary {
    private DatasetSummary() {
    }

    public static String of(PreparedDataset dataset) {
        DatasetCounts c = dataset.counts();
        StringJoiner lines = new StringJoiner(System.lineSeparator());
        lines.add("protocol: " + dataset.settings().protocol().code());
        lines.add("rows read: " + c.rawRows() + " (" + c.rawInteractions() + " interactions, " + c.rawRatings() + " ratings)");
        lines.add("duplicates dropped: " + c.duplicates());
        lines.add("rows with unknown product dropped: " + c.missingProducts());
        lines.add("events kept: " + c.events());
        lines.add("positive events: " + c.positiveEvents());
        lines.add("users (in training): " + c.users());
        lines.add("items (catalog): " + c.items());
        lines.add("context features: " + c.contextFeatures() + " " + dataset.featureNames());
        lines.add("context features dropped as constant: " + dataset.droppedFeatures());
        lines.add("context indexes: " + c.contexts());
        lines.add("training events: " + c.trainEvents());
        lines.add("training positives: " + c.trainPositives());
        lines.add("training observed negatives: " + c.trainObservedNegatives());
        lines.add("sampled negatives per positive: " + dataset.settings().negativesPerPositive());
        lines.add("test events: " + c.testEvents());
        lines.add("test cases: " + c.testCases());
        lines.add("cold users (nothing in training): " + c.coldUsers());
        lines.add("repeat test positives skipped: " + c.repeatTestPositives());
        return lines.toString();
    }
}
