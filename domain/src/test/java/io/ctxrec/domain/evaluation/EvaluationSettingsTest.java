package io.ctxrec.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvaluationSettingsTest {

    @Test
    void fullRankingCoversFiveThousandTestUsersByDefault() {
        assertThat(EvaluationSettings.DEFAULT.fullRankingUsers()).isEqualTo(5_000);
        assertThat(new EvaluationSettings(10, 99, 1).fullRankingUsers()).isEqualTo(5_000);
    }

    @Test
    void keepsTheFullRankingLimitWhenTheSeedChanges() {
        EvaluationSettings settings = EvaluationSettings.DEFAULT.withFullRankingUsers(300).withSeed(9);
        assertThat(settings.fullRankingUsers()).isEqualTo(300);
        assertThat(settings.seed()).isEqualTo(9);
    }

    @Test
    void rejectsAFullRankingLimitBelowOne() {
        assertThatThrownBy(() -> EvaluationSettings.DEFAULT.withFullRankingUsers(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fullRankingUsers");
    }
}
