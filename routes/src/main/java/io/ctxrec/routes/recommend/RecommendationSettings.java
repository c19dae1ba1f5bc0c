package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.config.CtxrecConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the recommendation beans are built with (the route-level timeouts, TTL and breaker settings are
 * {@code {{placeholders}}} in the routes instead).
 *
 * @param versionCheck how often the active version is looked up ({@code ctxrec.serving.check-seconds})
 * @param shopRefresh  how often active products and purchase intent are re-read
 *                     ({@code ctxrec.recommend.shop-refresh-seconds})
 * @param recheck      how long what the service holds in memory of the database is trusted
 *                     ({@code ctxrec.cache.recheck-seconds}, see {@link ServingMemory})
 */
public record RecommendationSettings(Path dataDir, ZoneId zone, Duration versionCheck, Duration shopRefresh,
                                     Duration recheck, Clock clock) {
    public RecommendationSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        if (versionCheck.isNegative() || shopRefresh.isNegative() || recheck.isNegative()) {
            throw new IllegalArgumentException("check and refresh intervals must not be negative");
        }
    }

    public static RecommendationSettings fromConfig(CtxrecConfig config) {
        return new RecommendationSettings(config.getPath("ctxrec.data.dir"), ZoneId.of(config.get("ctxrec.context.zone")),
                Duration.ofSeconds(config.getInt("ctxrec.serving.check-seconds")),
                Duration.ofSeconds(config.getInt("ctxrec.recommend.shop-refresh-seconds")),
                Duration.ofSeconds(config.getInt("ctxrec.cache.recheck-seconds")), Clock.systemUTC());
    }
}
