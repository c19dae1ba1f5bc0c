package io.ctxrec.training.dataset;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static io.ctxrec.training.dataset.Shop.pairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.evaluation.HeldOutInteraction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationSplitTest {
    private static final DatasetSettings LOO = DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO);

    // u1 buys p1, p2, then p3 (test); u2 buys p1 (viewed p4 before), then p2 (test); u3 buys p4 only (cold).
    private final Shop shop = new Shop().products("c1", "p1", "p2", "p3", "p4")
            .with(anInteraction().by("u1").on("p1").at("2026-01-05T08:00:00Z").purchase(),
                    anInteraction().by("u1").on("p2").at("2026-01-05T09:00:00Z").cart(),
                    anInteraction().by("u1").on("p2").at("2026-01-05T09:05:00Z").purchase(),
                    anInteraction().by("u1").on("p3").at("2026-01-05T10:00:00Z").purchase(),
                    anInteraction().by("u2").on("p4").at("2026-01-05T07:00:00Z").view(),
                    anInteraction().by("u2").on("p1").at("2026-01-05T08:00:00Z").purchase(),
                    anInteraction().by("u2").on("p2").at("2026-01-05T09:00:00Z").purchase(),
                    anInteraction().by("u3").on("p4").at("2026-01-05T08:00:00Z").purchase());

    @Test
    void eachUserWithTwoTrainingPositivesGivesTheLatestToValidation_withEveryEventOnThatItem() {
        PreparedDataset d = shop.prepare(LOO);

        PreparedDataset fit = d.validationFit();

        assertThat(cases(d, fit.testCases())).containsExactly("u1/p2");
        assertThat(pairs(d, fit.positives())).containsExactlyInAnyOrder("u1/p1", "u2/p1");
        assertThat(fit.trainUserItems().get(user(d, "u1"))).containsExactly(item(d, "p1"));
    }

    @Test
    void theTestCasesAndTrainingRowsOfTheDatasetItselfStayWhole() {
        PreparedDataset d = shop.prepare(LOO);

        assertThat(cases(d, d.testCases())).containsExactlyInAnyOrder("u1/p3", "u2/p2");
        assertThat(pairs(d, d.positives())).containsExactlyInAnyOrder("u1/p1", "u1/p2", "u1/p2", "u2/p1");
    }

    @Test
    void atMostTheConfiguredNumberOfUsersGiveACase() {
        shop.with(anInteraction().by("u2").on("p3").at("2026-01-05T08:30:00Z").purchase());

        PreparedDataset all = shop.prepare(LOO);
        PreparedDataset one = shop.prepare(LOO.withValidationUsers(1));

        assertThat(cases(all, all.validationFit().testCases())).containsExactlyInAnyOrder("u1/p2", "u2/p3");
        assertThat(one.validationFit().testCases()).hasSize(1);
    }

    @Test
    void givenNoValidationUsers_thenNoValidationSplit() {
        PreparedDataset d = shop.prepare(LOO.withValidationUsers(0));

        assertThat(d.hasValidation()).isFalse();
        assertThatThrownBy(d::validationFit).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> cases(PreparedDataset d, List<HeldOutInteraction> cases) {
        return cases.stream().map(c -> d.encoders().users().idAt(c.user()) + "/" + d.encoders().items().idAt(c.item()))
                .toList();
    }

    private static int user(PreparedDataset d, String id) {
        return d.encoders().users().indexOf(id).orElseThrow();
    }

    private static int item(PreparedDataset d, String id) {
        return d.encoders().items().indexOf(id).orElseThrow();
    }
}
