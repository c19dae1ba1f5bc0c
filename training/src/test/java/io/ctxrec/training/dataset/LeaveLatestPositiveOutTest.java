package io.ctxrec.training.dataset;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static io.ctxrec.training.dataset.Timeline.items;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeaveLatestPositiveOutTest {
    private final LeaveLatestPositiveOut loo = new LeaveLatestPositiveOut();

    @Test
    void holdsOutTheLatestPositiveWithEveryEventOnThatItem() {
        UserSplit s = loo.split(Timeline.of("x:view", "a:purchase", "x:cart", "b:cart", "x:purchase", "c:view")
                .events());

        assertThat(items(s.cases())).containsExactly("x:purchase");
        assertThat(items(s.test())).containsExactly("x:view", "x:cart", "x:purchase");
        assertThat(items(s.train())).containsExactly("a:purchase", "b:cart", "c:view");
    }

    @Test
    void givenEqualTimestamps_thenTheLaterReadEventIsTheLatest() {
        Instant same = Instant.parse("2026-03-01T12:00:00Z");
        UserSplit s = loo.split(new Timeline().add("b", "purchase", same).add("a", "purchase", same).events());

        assertThat(items(s.cases())).containsExactly("a:purchase");
    }

    @Test
    void givenEqualTimestampsInTheHistory_thenTheLaterRecordedInteractionIsHeldOut() {
        Shop shop = new Shop().products("c", "p1", "p2", "p3")
                .with(anInteraction().by("u1").on("p3").at("2026-03-01T09:00:00Z").purchase(),
                        anInteraction().by("u1").on("p2").at("2026-03-01T12:00:00Z").purchase(),
                        anInteraction().by("u1").on("p1").at("2026-03-01T12:00:00Z").purchase());

        PreparedDataset d = shop.prepare(DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO));

        assertThat(d.testCases()).singleElement()
                .satisfies(c -> assertThat(d.encoders().items().idAt(c.item())).isEqualTo("p1"));
    }

    @Test
    void aUserWithoutPositivesKeepsEverythingInTraining() {
        UserSplit s = loo.split(Timeline.of("a:view", "b:view").events());

        assertThat(s.train()).hasSize(2);
        assertThat(s.test()).isEmpty();
        assertThat(s.cases()).isEmpty();
    }
}
