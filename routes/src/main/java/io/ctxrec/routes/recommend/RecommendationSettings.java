package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.domain.fallback.FallbackWeights;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the recommendation side's services are built with (the route-level timeouts, TTL and breaker settings are
 * {@code {{placeholders}}} in the routes instead).
 *
 * @param versionCheck    how often the active version is looked up ({@code ctxrec.models.poll-seconds})
 * @param shopRefresh     how often active products and purchase intent are re-read
 *                        ({@code ctxrec.recommend.shop-refresh-seconds})
 * @param recheck         how long what the service holds in memory of the database is trusted
 *                        ({@code ctxrec.cache.recheck-seconds}, see {@link RememberedReads})
 * @param listBytes       the most memory the stored lists held take ({@code ctxrec.cache.max-mb}, see
 *                        {@link StoredLists})
 * @param maxComputing    how many lists are computed at once ({@code ctxrec.serving.max-computing})
 * @param queue           how long a list waits for its turn before it is refused ({@code ctxrec.serving.queue-ms});
 *                        both see {@link ComputeAdmission}
 * @param fallbackWeights the heuristic fallback's weights ({@code ctxrec.fallback.weights.*})
 */
public record RecommendationSettings(ZoneId zone, Duration versionCheck, Duration shopRefresh, Duration recheck,
                                     long listBytes, int maxComputing, Duration queue,
                                     FallbackWeights fallbackWeights) {
    private static final String WEIGHTS = "ctxrec.fallback.weights.";

    public RecommendationSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(fallbackWeights, "fallbackWeights");
        if (versionCheck.isNegative() || shopRefresh.isNegative() || recheck.isNegative()) {
            throw new IllegalArgumentException("check and refresh intervals must not be negative");
        }
        if (listBytes < 0) {
            throw new IllegalArgumentException("ctxrec.cache.max-mb must not be negative");
        }
    }

    /** With the fallback weights of {@code families}' models. */
    public static RecommendationSettings fromConfig(CtxrecConfig config, ModelFamilies families) {
        return new RecommendationSettings(ZoneId.of(config.get("ctxrec.context.zone")),
                Duration.ofSeconds(config.getInt("ctxrec.models.poll-seconds")),
                Duration.ofSeconds(config.getInt("ctxrec.recommend.shop-refresh-seconds")),
                Duration.ofSeconds(config.getInt("ctxrec.cache.recheck-seconds")),
                config.getInt("ctxrec.cache.max-mb") * 1024L * 1024L, config.getInt("ctxrec.serving.max-computing"),
                Duration.ofMillis(config.getInt("ctxrec.serving.queue-ms")), fallbackWeights(config, families));
    }

    /**
     * {@code ctxrec.fallback.weights.default}, and {@code ctxrec.fallback.weights.<model>} ({@code encm},
     * {@code neumf}, ...) for each model that has the key, else its family's own weights if it has some; a
     * model without either gets the default weights.
     */
    public static FallbackWeights fallbackWeights(CtxrecConfig config, ModelFamilies families) {
        Map<ModelName, WeightProfile> byModel = new HashMap<>();
        for (ModelFamily f : families.all()) {
            String key = WEIGHTS + f.name().key();
            if (config.asMap().containsKey(key)) {
                byModel.put(f.name(), weights(config, key));
            } else {
                f.fallbackWeights().ifPresent(w -> byModel.put(f.name(), w));
            }
        }
        return new FallbackWeights(weights(config, WEIGHTS + "default"), byModel);
    }

    private static WeightProfile weights(CtxrecConfig config, String key) {
        try {
            return WeightProfile.parse(config.get(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }
}
