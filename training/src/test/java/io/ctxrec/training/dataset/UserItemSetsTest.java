package io.ctxrec.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UserItemSetsTest {

    @Test
    void holdsEachUsersDistinctItemsInAscendingOrder() {
        Map<Integer, Set<Integer>> sets = UserItemSets.of(new int[] {7, 2, 7, 2, 7}, new int[] {30, 5, 1, 5, 300});

        assertThat(sets).isEqualTo(Map.of(2, Set.of(5), 7, Set.of(1, 30, 300)));
        assertThat(sets.keySet()).containsExactly(2, 7);
        assertThat(List.copyOf(sets.get(7))).containsExactly(1, 30, 300);
        assertThat(sets.get(7)).contains(300).doesNotContain(2).hasSize(3);
    }

    @Test
    void aUserWithoutItemsIsAbsent() {
        Map<Integer, Set<Integer>> sets = UserItemSets.of(new int[] {1}, new int[] {4});

        assertThat(sets.get(0)).isNull();
        assertThat(sets.containsKey(0)).isFalse();
        assertThat(sets.getOrDefault(0, Set.of())).isEmpty();
        assertThat(sets.get("1")).isNull();
        assertThat(UserItemSets.of(new int[0], new int[0])).isEmpty();
    }

    @Test
    void answersAsTheBoxedSetsItReplacesOnRandomPairs() {
        SplittableRandom random = new SplittableRandom(42);
        int[] users = new int[5_000];
        int[] items = new int[users.length];
        Map<Integer, Set<Integer>> boxed = new HashMap<>();
        for (int i = 0; i < users.length; i++) {
            users[i] = random.nextInt(300);
            items[i] = random.nextInt(70_000);
            boxed.computeIfAbsent(users[i], u -> new TreeSet<>()).add(items[i]);
        }

        Map<Integer, Set<Integer>> sets = UserItemSets.of(users, items);

        assertThat(sets).isEqualTo(boxed);
        for (int probe = 0; probe < 2_000; probe++) {
            int user = random.nextInt(310);
            int item = random.nextInt(70_000);
            assertThat(sets.getOrDefault(user, Set.of()).contains(item))
                    .isEqualTo(boxed.getOrDefault(user, Set.of()).contains(item));
        }
    }

    @Test
    void refusesPairsThatDoNotLineUp() {
        assertThatThrownBy(() -> UserItemSets.of(new int[] {1, 2}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserItemSets.of(new int[] {-1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
