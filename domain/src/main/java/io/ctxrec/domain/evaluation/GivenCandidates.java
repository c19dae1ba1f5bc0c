package io.ctxrec.domain.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Candidates fixed in advance, one list per user (the negatives of He et al.'s {@code *.test.negative}
 * files), so figures compare with published ones on exactly the same items. The lists are used as
 * given: they are checked against the user's training items once, when they are read, not here.
 */
public final class GivenCandidates implements CandidateSource {
    private final Map<Integer, int[]> byUser;

    public GivenCandidates(Map<Integer, int[]> byUser) {
        this.byUser = new HashMap<>();
        byUser.forEach((user, items) -> this.byUser.put(user, items.clone()));
    }

    /** The user's given negatives; a user without a list is an {@link IllegalArgumentException}. */
    @Override
    public int[] negatives(int user, Set<Integer> excluded, int nItems) {
        int[] items = byUser.get(user);
        if (items == null) {
            throw new IllegalArgumentException("no candidate list for user index " + user);
        }
        for (int item : items) {
            if (item < 0 || item >= nItems) {
                throw new IllegalArgumentException("user index " + user + ": candidate " + item
                        + " is outside [0, " + nItems + ")");
            }
        }
        return items.clone();
    }
}
