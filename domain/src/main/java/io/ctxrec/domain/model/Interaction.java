package io.ctxrec.domain.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One user action on one product at one moment, with the device and any extra context the source gave. */
public record Interaction(String userId, String productId, Action action, DeviceType deviceType, Instant at,
                          Map<String, String> extraContext) {

    public Interaction {
        userId = Ids.require(userId, "userId");
        productId = Ids.require(productId, "productId");
        Objects.requireNonNull(action, "action");
        deviceType = deviceType == null ? DeviceType.UNKNOWN : deviceType;
        Objects.requireNonNull(at, "timestamp");
        extraContext = extraContext == null ? Map.of() : Map.copyOf(extraContext);
    }

    public Interaction(String userId, String productId, Action action, DeviceType deviceType, Instant at) {
        this(userId, productId, action, deviceType, at, Map.of());
    }
}
