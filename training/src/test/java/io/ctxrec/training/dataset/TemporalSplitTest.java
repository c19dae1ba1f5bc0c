package io.ctxrec.training.dataset;

import static io.ctxrec.training.dataset.Timeline.items;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemporalSplitTest {
    private final TemporalSplit split = new TemporalSplit(0.2);

    @Test
    void theLatestFifthOfTheEventsIsTest() {
        UserSplit s = split.split(Timeline.of("a:view", "b:cart", "c:view", "d:view", "e:view",
                "f:view", "g:view", "h:view", "i:purchase", "j:view").events());

        assertThat(items(s.test())).containsExactly("i:purchase", "j:view");
        assertThat(s.train()).hasSize(8);
        assertThat(items(s.cases())).containsExactly("i:purchase");
    }

    @Test
    void givenNoPositiveInTheLatestFifth_thenTestStartsAtTheLatestPositive() {
        UserSplit s = split.split(Timeline.of("a:view", "b:cart", "c:view", "d:purchase", "e:view",
                "f:view", "g:view", "h:view", "i:view", "j:view").events());

        assertThat(items(s.test())).containsExactly("d:purchase", "e:view", "f:view", "g:view", "h:view",
                "i:view", "j:view");
        assertThat(items(s.train())).containsExactly("a:view", "b:cart", "c:view");
        assertThat(items(s.cases())).containsExactly("d:purchase");
    }

    @Test
    void fiveEventsGiveOneTestEventNotTwo() {
        UserSplit s = split.split(Timeline.of("a:view", "b:view", "c:view", "d:view", "e:purchase").events());

        assertThat(items(s.test())).containsExactly("e:purchase");
    }

    @Test
    void aUserWithoutPositivesStillGivesUpTheLatestFifthButHasNoCase() {
        UserSplit s = split.split(Timeline.of("a:view", "b:view", "c:view").events());

        assertThat(items(s.test())).containsExactly("c:view");
        assertThat(s.cases()).isEmpty();
    }

    @Test
    void eachDistinctTestPositiveItemIsOneCaseInTheContextOfItsFirstPositive() {
        // a 40 % test part: the last four events
        UserSplit s = new TemporalSplit(0.4).split(Timeline.of("a:view", "b:view", "c:view", "d:view", "e:view", "f:view",
                "x:cart", "y:purchase", "x:purchase", "x:purchase").events());

        assertThat(items(s.cases())).containsExactly("x:cart", "y:purchase");
        assertThat(s.cases().get(0).features()).containsEntry("time_of_day", "t6");
    }

    @Test
    void aTestPositiveAlreadyPositiveInTrainingIsSkippedAndCounted() {
        UserSplit s = split.split(Timeline.of("x:purchase", "b:view", "c:view", "d:view", "x:purchase").events());

        assertThat(items(s.test())).containsExactly("x:purchase");
        assertThat(s.cases()).isEmpty();
        assertThat(s.repeatPositives()).isEqualTo(1);
    }
}
