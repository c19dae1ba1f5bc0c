package io.ctxrec.domain.testdata;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code anInteraction().by("u1").on("p1").at("2026-01-05T10:00:00Z").purchase()}. */
public final class InteractionBuilder {
    private String userId = "u1";
    private String productId = "p1";
    private DeviceType device = DeviceType.DESKTOP;
    private Instant at = Instant.parse("2026-01-05T10:00:00Z");
    private final Map<String, String> extra = new LinkedHashMap<>();

    public static InteractionBuilder anInteraction() {
        return new InteractionBuilder();
    }

    public InteractionBuilder by(String value) { this.userId = value; return this; }
    public InteractionBuilder on(String value) { this.productId = value; return this; }
    public InteractionBuilder from(DeviceType value) { this.device = value; return this; }
    public InteractionBuilder at(String iso) { this.at = Instant.parse(iso); return this; }
    public InteractionBuilder at(Instant value) { this.at = value; return this; }
    public InteractionBuilder with(String feature, String value) { this.extra.put(feature, value); return this; }

    public Interaction view() { return build(Action.VIEW); }
    public Interaction cart() { return build(Action.CART); }
    public Interaction purchase() { return build(Action.PURCHASE); }

    public Interaction build(Action action) {
        return new Interaction(userId, productId, action, device, at, extra);
    }
}
