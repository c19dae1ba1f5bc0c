package io.ctxrec.routes.api.auth;

import io.vertx.core.net.SocketAddress;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;

/**
 * The address a request came from, for counting failed authentications: the connection's, or behind a trusted
 * proxy the last entry of the header it appends to ({@code X-Forwarded-For}); reduced to address characters so
 * that it is safe to log.
 */
final class ClientAddress {
    private static final int MAX_LENGTH = 64;

    private final String header;

    ClientAddress(String header) {
        this.header = header;
    }

    String of(Exchange exchange) {
        if (header != null) {
            String forwarded = exchange.getMessage().getHeader(header, String.class);
            if (forwarded != null && !forwarded.isBlank()) {
                return clean(forwarded.substring(forwarded.lastIndexOf(',') + 1));
            }
        }
        Object remote = exchange.getMessage().getHeader(VertxPlatformHttpConstants.REMOTE_ADDRESS);
        return remote instanceof SocketAddress socket && socket.hostAddress() != null ? clean(socket.hostAddress())
                : "unknown";
    }

    private static String clean(String address) {
        String kept = address.trim().replaceAll("[^0-9A-Za-z.:\\[\\]_-]", "");
        return kept.isEmpty() ? "unknown" : kept.substring(0, Math.min(kept.length(), MAX_LENGTH));
    }
}
