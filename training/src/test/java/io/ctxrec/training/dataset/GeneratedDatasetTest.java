package io.ctxrec.training.dataset;

import static io.ctxrec.training.dataset.Shop.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.evaluation.HeldOutInteraction;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeneratedDatasetTest {
    private final GeneratedShop generated = new GeneratedShop();
    private final long kept = GeneratedShop.INTERACTIONS + GeneratedShop.RATINGS
            - GeneratedShop.DUPLICATES - GeneratedShop.MISSING;

    @Test
    void countsAddUpUnderLeaveOneOut() {
        PreparedDataset d = generated.shop.prepare(DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO));
        DatasetCounts c = d.counts();
        long cold = generated.looColdUsers();

        assertRawCounts(c);
        assertThat(c.coldUsers()).isEqualTo(cold);
        assertThat(c.testCases()).isEqualTo(generated.usersWithPositives().size() - cold);
        assertThat(c.users()).isEqualTo(generated.keptByUser.size() - (int) cold);
        for (HeldOutInteraction h : d.testCases()) {
            assertThat(d.trainUserItems().get(h.user())).doesNotContain(h.item());
        }
        assertConsistent(d);
    }

    @Test
    void countsAddUpUnderTheTemporalSplit() {
        PreparedDataset d = generated.shop.prepare(DatasetSettings.DEFAULT);
        DatasetCounts c = d.counts();
        Set<String> trainPositivePairs = new HashSet<>(pairs(d, d.positives()));

        assertRawCounts(c);
        assertThat(c.testEvents()).isGreaterThanOrEqualTo((long) Math.ceil(0.2 * kept) - generated.keptByUser.size());
        for (HeldOutInteraction h : d.testCases()) {
            String pair = d.encoders().users().idAt(h.user()) + "/" + d.encoders().items().idAt(h.item());
            assertThat(trainPositivePairs).doesNotContain(pair);
        }
        long caseUsers = d.testCases().stream().mapToInt(HeldOutInteraction::user).distinct().count();
        assertThat(caseUsers).isLessThanOrEqualTo(generated.usersWithPositives().size() - c.coldUsers());
        assertConsistent(d);
    }

    private void assertRawCounts(DatasetCounts c) {
        assertThat(c.rawInteractions()).isEqualTo(GeneratedShop.INTERACTIONS);
        assertThat(c.rawRatings()).isEqualTo(GeneratedShop.RATINGS);
        assertThat(c.duplicates()).isEqualTo(GeneratedShop.DUPLICATES);
        assertThat(c.missingProducts()).isEqualTo(GeneratedShop.MISSING);
        assertThat(c.events()).isEqualTo(kept);
        assertThat(c.rawRows()).isEqualTo(c.events() + c.duplicates() + c.missingProducts());
        long positives = generated.keptByUser.values().stream().flatMap(java.util.List::stream)
                .filter(r -> r[1].equals("true")).count();
        assertThat(c.positiveEvents()).isEqualTo(positives);
        assertThat(c.items()).isEqualTo(60);
    }

    private static void assertConsistent(PreparedDataset d) {
        DatasetCounts c = d.counts();
        assertThat(c.trainEvents() + c.testEvents()).isEqualTo(c.events());
        assertThat(c.trainPositives() + c.trainObservedNegatives()).isLessThanOrEqualTo(c.trainEvents());
        assertThat(c.trainPositives()).isEqualTo(d.positives().size()).isLessThanOrEqualTo(c.positiveEvents());
        assertThat(c.testCases()).isEqualTo(d.testCases().size());
        assertThat(d.trainUserItems()).hasSize(d.nUsers());
        assertThat(IntStream.range(0, d.nItems()).mapToLong(i -> d.popularity().count(i)).sum())
                .isEqualTo(c.trainPositives());
        assertThat(c.contexts()).isEqualTo(d.encoders().contexts().stream().mapToInt(e -> e.size()).sum());
        int[] sizes = d.encoders().contexts().stream().mapToInt(e -> e.size()).toArray();
        for (int r = 0; r < d.positives().size(); r++) {
            int[] context = d.positives().context(r);
            assertThat(IntStream.range(0, sizes.length).allMatch(f -> context[f] >= 1 && context[f] < sizes[f]))
                    .as("training context %s is fully known", Arrays.toString(context)).isTrue();
        }
        EpochExamples epoch = d.epochSampler().examples(0);
        assertThat(epoch.size()).isEqualTo(c.trainPositives() * 5 + c.trainObservedNegatives());
    }
}
