package io.ctxrec.domain.evaluation;

import java.util.Set;

/** Which items a held-out positive is ranked against: a sample of unseen items, or all of them. */
public interface CandidateSource {

    /**
     * Negative item indexes in [0, nItems) for {@code user}, none of them in {@code excluded}.
     * An index of {@code excluded} outside [0, nItems) is an {@link IllegalArgumentException}.
     */
    int[] negatives(int user, Set<Integer> excluded, int nItems);

    /** Full ranking: every item not excluded, ascending. */
    static CandidateSource allUnseenItems() {
        return (user, excluded, nItems) -> {
            UnseenItems.check(user, excluded, nItems);
            return UnseenItems.all(excluded, nItems);
        };
    }
}
