package io.ctxrec.routes.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bearer token of the admin API ({@code ctxrec.admin.token}); in jwt mode it may act for any user too. */
final class AdminToken {
    private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] token;
    private final Optional<String> generated;

    private AdminToken(String token, boolean generated) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.generated = generated ? Optional.of(token) : Optional.empty();
    }

    /**
     * The configured token or, when it is empty, a random one valid until restart, which {@code serve} prints
     * in its start-up box ({@link #generated()}) so that the operator can use it.
     */
    static AdminToken of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new AdminToken(configured.trim(), false);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = HexFormat.of().formatHex(random);
        LOG.warn("ctxrec.admin.token is empty: the admin endpoints use a generated token until restart, "
                + "printed in the box on the console once the service has started");
        return new AdminToken(generated, true);
    }

    /** The token, when it was generated because none was configured; empty when configured. */
    Optional<String> generated() {
        return generated;
    }

    /** Compares in constant time. */
    boolean matches(String presented) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token);
    }
}
