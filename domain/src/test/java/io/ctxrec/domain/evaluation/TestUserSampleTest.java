package io.ctxrec.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestUserSampleTest {
    /** Users 0..n-1 with two cases each, the second case of every user after all the first ones. */
    private static List<HeldOutInteraction> twoCasesPerUser(int n) {
        return IntStream.range(0, 2 * n).mapToObj(i -> new HeldOutInteraction(i % n, i, new int[0])).toList();
    }

    private static Set<Integer> users(List<HeldOutInteraction> cases) {
        return cases.stream().map(HeldOutInteraction::user).collect(Collectors.toSet());
    }

    @Test
    void givenNoMoreUsersThanTheLimit_thenEveryCaseInItsOrder() {
        List<HeldOutInteraction> cases = twoCasesPerUser(10);
        assertThat(TestUserSample.of(cases, 10, 1)).containsExactlyElementsOf(cases);
    }

    @Test
    void drawsTheLimitOfUsersWithAllTheirCasesInTheirOrder() {
        List<HeldOutInteraction> cases = twoCasesPerUser(100);
        List<HeldOutInteraction> sample = TestUserSample.of(cases, 30, 7);

        assertThat(users(sample)).hasSize(30);
        assertThat(sample).hasSize(60)
                .containsExactlyElementsOf(cases.stream().filter(c -> users(sample).contains(c.user())).toList());
    }

    @Test
    void theSameSeedDrawsTheSameUsersAnotherSeedOthers() {
        List<HeldOutInteraction> cases = twoCasesPerUser(100);
        assertThat(TestUserSample.of(cases, 30, 7)).isEqualTo(TestUserSample.of(cases, 30, 7));
        assertThat(users(TestUserSample.of(cases, 30, 8))).isNotEqualTo(users(TestUserSample.of(cases, 30, 7)));
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThatThrownBy(() -> TestUserSample.of(twoCasesPerUser(3), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxUsers");
    }
}
