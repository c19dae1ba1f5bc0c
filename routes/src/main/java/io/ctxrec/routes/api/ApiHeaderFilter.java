package io.ctxrec.routes.api;

import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;
import org.apache.camel.spi.HeaderFilterStrategy;

/**
 * Response headers are an allow-list: without it, platform-http would echo every message header
 * (the request's query parameters, internal values) back to the client. Request headers are filtered
 * as Camel's HTTP components always do.
 */
public final class ApiHeaderFilter implements HeaderFilterStrategy {
    /** Matched whatever the case of the name, without lower-casing it (a copy per header per request). */
    private static final Set<String> RESPONSE_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        RESPONSE_HEADERS.addAll(Set.of("content-type", "location", "allow", "www-authenticate", "cache-control",
                "retry-after", "warning"));
    }

    private final HeaderFilterStrategy requests = new HttpHeaderFilterStrategy();

    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        return !RESPONSE_HEADERS.contains(name);
    }

    @Override
    public boolean applyFilterToExternalHeaders(String name, Object value, Exchange exchange) {
        return requests.applyFilterToExternalHeaders(name, value, exchange);
    }
}
