package io.ctxrec.training.dataset;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetSummaryTest {

    @Test
    void printsOneLinePerCount() {
        // u1: view p1, purchase p2 (held out), purchase p2 again at the same moment (duplicate), a ghost product
        Shop shop = new Shop().products("c1", "p1").products("c2", "p2")
                .with(anInteraction().by("u1").on("p1").at("2026-01-05T08:00:00Z").view(),
                        anInteraction().by("u1").on("p2").at("2026-01-05T20:00:00Z").purchase(),
                        anInteraction().by("u1").on("p2").at("2026-01-05T20:00:00Z").purchase(),
                        anInteraction().by("u1").on("ghost").at("2026-01-05T21:00:00Z").view());

        String summary = DatasetSummary.of(shop.prepare(DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO)
                .withObservedNegatives(true)));

        assertThat(summary.lines()).containsExactly(
                "protocol: loo",
                "rows read: 4 (4 interactions, 0 ratings)",
                "duplicates dropped: 1",
                "rows with unknown product dropped: 1",
                "events kept: 2",
                "positive events: 1",
                "users (in training): 1",
                "items (catalog): 2",
                "context features: 0 []",
                "context features dropped as constant: [time_of_day, season, device_type, category]",
                "context indexes: 0",
                "training events: 1",
                "training positives: 0",
                "training observed negatives: 1",
                "sampled negatives per positive: 4",
                "test events: 1",
                "test cases: 1",
                "cold users (nothing in training): 0",
                "repeat test positives skipped: 0");
    }
}
