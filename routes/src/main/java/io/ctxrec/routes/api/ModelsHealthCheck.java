package io.ctxrec.routes.api;

import io.ctxrec.domain.port.VersionDamage;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Whether models serve. Never DOWN: with no model the service still answers from the fallback, so "no
 * model yet" (a fresh install training its first version) is a detail, not an outage. DEGRADED (UP with
 * {@value #DEGRADED} true and the reason) when the active version cannot serve (an older one or the
 * fallback does) or serves without a model its damaged files left out.
 */
public class ModelsHealthCheck extends AbstractHealthCheck {
    /** The detail that makes {@code /health} say DEGRADED. */
    static final String DEGRADED = "degraded";

    private final Supplier<ServingHealth> status;

    public ModelsHealthCheck(Supplier<ServingHealth> status) {
        super(HealthReport.GROUP, "models-loaded");
        this.status = status;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        ServingHealth now = status.get();
        builder.up().detail("loaded", now.serving() != null);
        if (now.serving() != null) {
            builder.detail("version", now.serving());
        }
        if (now.active() == null) {
            builder.message("no model loaded yet: answers come from the fallback");
        } else if (now.activeFailure() != null) {
            builder.detail(DEGRADED, true).message("active version " + now.active() + " cannot serve ("
                    + now.activeFailure() + "); " + (now.serving() == null ? "answers come from the fallback"
                    : "version " + now.serving() + " serves instead"));
        } else if (now.serving() == null) {
            builder.message("active version " + now.active() + " is not loaded yet");
        } else {
            describe(builder, now.serving(), now.damage());
        }
    }

    private static void describe(HealthCheckResultBuilder builder, String version, VersionDamage damage) {
        builder.detail("checksums", damage.checksummed());
        if (!damage.intact()) {
            builder.detail(DEGRADED, true).detail("damaged", damage.reasons())
                    .message("version " + version + " serves without what its damaged files held: "
                            + String.join("; ", damage.reasons()));
        } else if (!damage.checksummed()) {
            builder.message("models of version " + version + " loaded unchecked: it was saved before checksums"
                    + " were recorded");
        } else {
            builder.message("models of version " + version + " loaded");
        }
    }
}
