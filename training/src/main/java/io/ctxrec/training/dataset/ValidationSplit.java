package io.ctxrec.training.dataset;

import io.ctxrec.domain.evaluation.HeldOutInteraction;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The training data without the validation cases' events, and the cases: what early stopping trains on
 * and watches ({@link PreparedDataset#validationFit()}). {@link #NONE} when no user could give a case.
 */
public record ValidationSplit(TrainingRows positives, TrainingRows observedNegatives,
                              Map<Integer, Set<Integer>> trainUserItems, List<HeldOutInteraction> cases) {
    private static final TrainingRows NO_ROWS = new TrainingRows(new int[0], new int[0], new int[0], 0);
    public static final ValidationSplit NONE = new ValidationSplit(NO_ROWS, NO_ROWS, Map.of(), List.of());

    public ValidationSplit {
        Objects.requireNonNull(positives, "positives");
        Objects.requireNonNull(observedNegatives, "observedNegatives");
        trainUserItems = trainUserItems instanceof UserItemSets ? trainUserItems : Map.copyOf(trainUserItems);
        cases = List.copyOf(cases);
    }
}
