package io.ctxrec.routes.api;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Whether models are loaded. Always UP: with no model the service still answers from the fallback,
 * so "no model yet" (a fresh install training its first version) is a detail, not an outage. The
 * supplier returns the serving version, or empty/null when none is loaded.
 */
public class ModelsHealthCheck extends AbstractHealthCheck {
    private final Supplier<String> loadedVersion;

    public ModelsHealthCheck(Supplier<String> loadedVersion) {
        super(HealthReport.GROUP, "models-loaded");
        this.loadedVersion = loadedVersion;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String version = loadedVersion.get();
        if (version == null || version.isBlank()) {
            builder.up().message("no model loaded yet: answers come from the fallback").detail("loaded", false);
        } else {
            builder.up().message("models of version " + version + " loaded").detail("loaded", true)
                    .detail("version", version);
        }
    }
}
