package io.ctxrec.routes.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bearer token of the admin API ({@code ctxrec.admin.token}); in jwt mode it may act for any user too. */
final class AdminToken {
    private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] token;

    private AdminToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** The configured token or, when it is empty, a random one that is logged once so the operator can use it. */
    static AdminToken of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new AdminToken(configured.trim());
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = HexFormat.of().formatHex(random);
        LOG.warn("ctxrec.admin.token is empty: the admin endpoints use this generated token until restart: {}", generated);
        return new AdminToken(generated);
    }

    /** Compares in constant time. */
    boolean matches(String presented) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token);
    }
}
