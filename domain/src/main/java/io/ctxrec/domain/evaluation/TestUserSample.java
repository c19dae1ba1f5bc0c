package io.ctxrec.domain.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The test cases of at most {@code maxUsers} test users, drawn uniformly with a seed: the full ranking,
 * which scores every item for each case, measures a sample of users on a large shop. The same cases,
 * seed and limit give the same sample; all the cases of a drawn user are kept, in their order.
 */
public final class TestUserSample {
    private TestUserSample() {
    }

    public static List<HeldOutInteraction> of(List<HeldOutInteraction> cases, int maxUsers, long seed) {
        Objects.requireNonNull(cases, "cases");
        if (maxUsers < 1) {
            throw new IllegalArgumentException("maxUsers must be at least 1, was " + maxUsers);
        }
        Set<Integer> distinct = new LinkedHashSet<>();
        cases.forEach(c -> distinct.add(c.user()));
        if (distinct.size() <= maxUsers) {
            return List.copyOf(cases);
        }
        int[] users = distinct.stream().mapToInt(Integer::intValue).sorted().toArray();
        SplittableRandom random = new SplittableRandom(seed);
        Set<Integer> drawn = new HashSet<>();
        for (int i = 0; i < maxUsers; i++) {
            int j = i + random.nextInt(users.length - i);
            int swap = users[i];
            users[i] = users[j];
            users[j] = swap;
            drawn.add(users[i]);
        }
        List<HeldOutInteraction> sample = new ArrayList<>();
        for (HeldOutInteraction c : cases) {
            if (drawn.contains(c.user())) {
                sample.add(c);
            }
        }
        return sample;
    }
}
