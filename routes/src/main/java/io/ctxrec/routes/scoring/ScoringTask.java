package io.ctxrec.routes.scoring;

import java.util.List;
import java.util.Objects;

/**
 * What every per-model route scores: one user against the active products the version knows, in one
 * context, keeping the best {@code k}. {@code itemIds.get(i)} is the product of index {@code items[i]}.
 * {@code memberScores} collects the members' scores of this task for the version's ensemble.
 */
public record ScoringTask(ServingVersion version, int user, List<String> itemIds, int[] items, int[] context,
                          int k, MemberScores memberScores) {
    public ScoringTask {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(memberScores, "memberScores");
        itemIds = List.copyOf(itemIds);
        if (itemIds.size() != items.length) {
            throw new IllegalArgumentException("itemIds and items must have the same length");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    /** A new task: no member has scored it yet. */
    public ScoringTask(ServingVersion version, int user, List<String> itemIds, int[] items, int[] context, int k) {
        this(version, user, itemIds, items, context, k, new MemberScores());
    }

    /** Short: the record's own text would spell out the version's encoders and every product id. */
    @Override
    public String toString() {
        return "ScoringTask[version=" + version.version() + ", user=" + user + ", items=" + items.length + ", k=" + k
                + "]";
    }
}
