package io.ctxrec.training.dataset;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static io.ctxrec.training.dataset.Shop.pairs;
import static io.ctxrec.training.dataset.Shop.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.model.Context;
import io.ctxrec.domain.model.DeviceType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatasetPreparationTest {
    private static final DatasetSettings LOO = DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO)
            .withObservedNegatives(true);

    // u1: view p1, cart p2, purchase p3 (held out), view p4. u2: 5 stars p1, 3 stars p2, purchase p4 (held out).
    private final Shop shop = new Shop().products("c1", "p1", "p2", "p3").products("c2", "p4", "p5")
            .with(anInteraction().by("u1").on("p1").at("2026-01-05T08:00:00Z").view(),
                    anInteraction().by("u1").on("p2").at("2026-01-05T09:00:00Z").cart(),
                    anInteraction().by("u1").on("p3").at("2026-01-05T10:00:00Z").purchase(),
                    anInteraction().by("u1").on("p4").at("2026-01-05T11:00:00Z").view(),
                    anInteraction().by("u2").on("p4").at("2026-01-07T10:00:00Z").purchase())
            .rating("u2", "p1", 5, "2026-01-05T12:00:00Z")
            .rating("u2", "p2", 3, "2026-01-06T12:00:00Z");

    @Test
    void cartPurchaseAndHighRatingsArePositives_viewsAndLowRatingsAreObservedNegatives() {
        PreparedDataset d = shop.prepare(LOO);

        assertThat(pairs(d, d.positives())).containsExactlyInAnyOrder("u1/p2", "u2/p1");
        assertThat(pairs(d, d.observedNegatives())).containsExactlyInAnyOrder("u1/p1", "u1/p4", "u2/p2");
        assertThat(d.counts().positiveEvents()).isEqualTo(4);
    }

    @Test
    void givenObservedNegativesOff_thenNoViewRows() {
        PreparedDataset d = shop.prepare(LOO.withObservedNegatives(false));

        assertThat(d.observedNegatives().size()).isZero();
        assertThat(d.counts().trainObservedNegatives()).isZero();
    }

    @Test
    void aViewOfAnItemTheUserAlsoBoughtInTrainingIsNoNegative() {
        shop.with(anInteraction().by("u1").on("p2").at("2026-01-05T09:30:00Z").view());

        PreparedDataset d = shop.prepare(LOO);

        assertThat(pairs(d, d.observedNegatives())).containsExactlyInAnyOrder("u1/p1", "u1/p4", "u2/p2");
    }

    @Test
    void eachItemTakesItsOwnCategory_unknownForOneNeverSeenInTraining() {
        shop.products("c9", "p6");

        PreparedDataset d = shop.prepare(LOO);

        ItemContext category = d.itemContext().orElseThrow();
        ContextEncoder encoder = d.encoders().contexts().get(category.position());
        assertThat(category.position()).isEqualTo(d.encoders().positionOf(Context.CATEGORY).orElseThrow());
        assertThat(Stream.of("p1", "p2", "p3", "p4", "p5", "p6")
                .map(id -> encoder.valueAt(category.indexOf(d.encoders().items().indexOf(id).orElseThrow()))))
                .containsExactly("c1", "c1", "c1", "c2", "c2", ContextEncoder.UNKNOWN);
    }

    @Test
    void sampledNegativesCarryTheirOwnCategoryNotTheirPositives() {
        shop.products("c2", "p7", "p8", "p9");
        PreparedDataset d = shop.prepare(LOO);

        EpochExamples e = d.epochSampler().inDrawOrder(0);

        int negatives = 0;
        for (int row = 0; row < e.size(); row++) {
            String item = d.encoders().items().idAt(e.items()[row]);
            String expected = d.products().stream().filter(p -> p.id().equals(item)).findFirst().orElseThrow().category();
            assertThat(value(d, e.context(row), Context.CATEGORY)).as(item).isEqualTo(expected);
            negatives += expected.equals("c2") ? 1 : 0;
        }
        assertThat(negatives).as("rows on c2 items, which no positive is in").isPositive();
    }

    @Test
    void validationHoldsOutTheLatestTrainingPositivesAndNeverSeesTheTestPart() {
        // LOO test cases are u1/p3 and u2/p4; in what is left, u1's latest positive is p2, u2's p1.
        PreparedDataset v = new DatasetPreparation(LOO).prepareValidation(shop.history, shop.catalog, shop.ratings);

        assertThat(v.testCases()).extracting(c -> v.encoders().users().idAt(c.user()) + "/"
                + v.encoders().items().idAt(c.item())).containsExactlyInAnyOrder("u1/p2", "u2/p1");
        assertThat(pairs(v, v.observedNegatives())).containsExactlyInAnyOrder("u1/p1", "u1/p4", "u2/p2");
        assertThat(v.positives().size()).isZero();
    }

    @Test
    void aRatingHasAnUnknownDeviceAndTheContextOfItsTimestamp() {
        PreparedDataset d = shop.prepare(LOO);
        int row = pairs(d, d.positives()).indexOf("u2/p1");

        assertThat(value(d, d.positives().context(row), Context.DEVICE_TYPE)).isEqualTo(DeviceType.UNKNOWN.code());
        assertThat(value(d, d.positives().context(row), Context.TIME_OF_DAY)).isEqualTo("afternoon");
    }

    @Test
    void dropsAndCountsDuplicatesAndRowsWithUnknownProducts() {
        shop.with(anInteraction().by("u1").on("p2").at("2026-01-05T09:00:00Z").cart(),   // duplicate
                anInteraction().by("u1").on("p2").at("2026-01-05T09:00:00Z").view(),     // other action: kept
                anInteraction().by("u1").on("ghost").at("2026-01-05T09:00:00Z").view())  // unknown product
            .rating("u2", "p1", 5, "2026-01-05T12:00:00Z")                               // duplicate
            .rating("u3", "ghost", 4, "2026-01-05T12:00:00Z");                           // unknown product

        DatasetCounts c = shop.prepare(LOO).counts();

        assertThat(c.rawInteractions()).isEqualTo(8);
        assertThat(c.rawRatings()).isEqualTo(4);
        assertThat(c.duplicates()).isEqualTo(2);
        assertThat(c.missingProducts()).isEqualTo(2);
        assertThat(c.events()).isEqualTo(8);
    }

    @Test
    void usersAndContextValuesAreFittedOnTrainingOnly_itemsOnTheWholeCatalog() {
        // u1's night purchase of p2 is held out; u3's only event makes u3 cold; p9 is never touched.
        Shop s = new Shop().products("c1", "p1", "p2").products("c2", "p3", "p9")
                .with(anInteraction().by("u1").on("p1").at("2026-01-05T08:00:00Z").purchase(),
                        anInteraction().by("u1").on("p3").at("2026-01-05T18:00:00Z").view(),
                        anInteraction().by("u1").on("p2").at("2026-01-05T23:00:00Z").purchase(),
                        anInteraction().by("u3").on("p3").at("2026-01-05T09:00:00Z").purchase());

        PreparedDataset d = s.prepare(LOO);

        assertThat(d.encoders().users().ids()).containsExactly("u1");
        assertThat(d.encoders().items().ids()).containsExactly("p1", "p2", "p3", "p9");
        assertThat(d.encoders().contexts().get(0).values())
                .containsExactly(ContextEncoder.UNKNOWN, "evening", "morning");
        assertThat(d.testCases()).containsExactly(new HeldOutInteraction(0, 1, new int[] {0, 1}));
        assertThat(d.counts().coldUsers()).isEqualTo(1);
        assertThat(d.trainUserItems()).containsOnlyKeys(0);
        assertThat(d.trainUserItems().get(0)).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void featuresConstantInTrainingAreDroppedAndNamed() {
        // every event is desktop, in January: device_type and season never vary
        PreparedDataset d = shop.prepare(LOO);

        assertThat(d.featureNames()).containsExactly(Context.TIME_OF_DAY, Context.DEVICE_TYPE, Context.CATEGORY);
        assertThat(d.droppedFeatures()).containsExactly(Context.SEASON);
    }

    @Test
    void popularityBaselineCountsTrainingPositives() {
        shop.with(anInteraction().by("u1").on("p1").at("2026-01-05T08:30:00Z").purchase());

        PreparedDataset d = shop.prepare(LOO);

        // training positives: u1/p2, u1/p1, u2/p1
        assertThat(d.popularity().count(0)).isEqualTo(2);
        assertThat(d.popularity().count(1)).isEqualTo(1);
        assertThat(d.popularity().count(2)).isZero();
    }
}
