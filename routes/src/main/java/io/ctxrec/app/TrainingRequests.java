package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.training.dataset.DatasetSettings;
import io.ctxrec.training.dataset.SplitProtocol;
import io.ctxrec.training.pipeline.AfterStopping;
import io.ctxrec.training.pipeline.ModelDefaults;
import io.ctxrec.training.pipeline.TrainingRequest;
import java.time.ZoneId;
import java.util.OptionalDouble;

/** The training request the configuration describes ({@code ctxrec.training.*}). */
final class TrainingRequests {
    private TrainingRequests() {
    }

    /** Empty {@code ctxrec.training.models} names every family of {@code families}. */
    static TrainingRequest fromConfig(CtxrecConfig config, ModelFamilies families) {
        DatasetSettings dataset = new DatasetSettings(
                SplitProtocol.parse(config.get("ctxrec.training.protocol")),
                config.getDouble("ctxrec.training.test-fraction"),
                config.getInt("ctxrec.training.negatives"),
                config.getBoolean("ctxrec.training.observed-negatives"),
                ZoneId.of(config.get("ctxrec.context.zone")),
                config.getInt("ctxrec.training.seed"),
                config.getInt("ctxrec.training.validation-users"));
        String margin = config.get("ctxrec.training.quality-gate-margin");
        TrainingRequest defaults = TrainingRequest.defaults();
        return new TrainingRequest(families.parseList(config.get("ctxrec.training.models")),
                config.getInt("ctxrec.training.epochs"), config.getInt("ctxrec.training.batch-size"),
                config.getInt("ctxrec.training.embedding-dim"), dataset,
                defaults.evaluation().withFullRankingUsers(config.getInt("ctxrec.training.full-ranking-users")),
                margin.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(config.getDouble("ctxrec.training.quality-gate-margin")),
                config.getInt("ctxrec.training.keep-versions"),
                ModelDefaults.load(config.getPath("ctxrec.training.model-defaults"), config),
                config.getBoolean("ctxrec.training.popularity-blend"),
                AfterStopping.parse(config.get("ctxrec.training.after-stopping")));
    }
}
