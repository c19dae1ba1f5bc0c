package io.ctxrec.routes.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;

/**
 * The service's Prometheus registry (bound as {@code metricsRegistry}, which camel-micrometer's route
 * policies record into) and the ctxrec counters: the recommendation ones are counted by
 * {@link ServiceMetricsPolicy}, training runs by the retrain routes. Prometheus names: {@code ctxrec_cache_hits_total},
 * {@code ctxrec_cache_misses_total}, {@code ctxrec_fallback_total{reason}},
 * {@code ctxrec_training_runs_total{outcome}}, {@code ctxrec_recommendations_total{model}},
 * {@code ctxrec_auth_refusals_total{code}}.
 */
public class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter cacheHits = Counter.builder("ctxrec.cache.hits").description("answers from the cache")
            .register(registry);
    private final Counter cacheMisses = Counter.builder("ctxrec.cache.misses").description("answers computed anew")
            .register(registry);

    public MeterRegistry registry() {
        return registry;
    }

    public void cacheHit() {
        cacheHits.increment();
    }

    public void cacheMiss() {
        cacheMisses.increment();
    }

    /** An answer that came from the fallback instead of a model; reason e.g. no-model, circuit-open, cold-user. */
    public void fallback(String reason) {
        Counter.builder("ctxrec.fallback").description("answers from the fallback").tag("reason", tag(reason))
                .register(registry).increment();
    }

    /** An answer scored by {@code model} (e.g. ENCM), for per-model request counts. */
    public void recommendation(String model) {
        Counter.builder("ctxrec.recommendations").description("answers per model").tag("model", tag(model))
                .register(registry).increment();
    }

    /** A training run that ended; outcome e.g. finished, skipped, failed, ACTIVE, REJECTED. */
    public void trainingRun(String outcome) {
        Counter.builder("ctxrec.training.runs").description("training runs by outcome").tag("outcome", tag(outcome))
                .register(registry).increment();
    }

    /**
     * Gauges of what serves: {@code ctxrec_artifacts_damaged} (files of the serving version whose checksum did
     * not match or that were missing), {@code ctxrec_models_dropped} (its models left out) and
     * {@code ctxrec_active_version_unservable} (1 while the active version cannot serve at all).
     */
    public void serving(Supplier<ServingHealth> status) {
        Gauge.builder("ctxrec.artifacts.damaged", () -> status.get().damage().damagedFiles().size())
                .description("damaged files of the serving model version").register(registry);
        Gauge.builder("ctxrec.models.dropped", () -> status.get().damage().droppedModels().size())
                .description("models of the serving version left out").register(registry);
        Gauge.builder("ctxrec.active.version.unservable", () -> status.get().activeFailure() == null ? 0 : 1)
                .description("1 while the active model version cannot serve").register(registry);
    }

    /** A request refused for its credential; code unauthorized, forbidden, too-many-requests or unavailable. */
    public void authRefused(String code) {
        Counter.builder("ctxrec.auth.refusals").description("requests refused for their credential").tag("code", tag(code))
                .register(registry).increment();
    }

    /** Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    private static String tag(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
