package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Response headers are an allow-list, whatever the case of their names. */
class ApiHeaderFilterTest {
    private final ApiHeaderFilter filter = new ApiHeaderFilter();

    @Test
    void allowedHeadersPassInAnyCase() {
        for (String name : new String[] {"Content-Type", "content-type", "CONTENT-TYPE", "Location", "Allow",
                "WWW-Authenticate", "Cache-Control", "Retry-After", "warning"}) {
            assertThat(filter.applyFilterToCamelHeaders(name, "v", null)).as(name).isFalse();
        }
    }

    @Test
    void everyOtherHeaderIsKeptFromTheResponse() {
        for (String name : new String[] {"userId", "limit", "CamelHttpUri", "Authorization", "X-Internal",
                "content-typ"}) {
            assertThat(filter.applyFilterToCamelHeaders(name, "v", null)).as(name).isTrue();
        }
    }
}
