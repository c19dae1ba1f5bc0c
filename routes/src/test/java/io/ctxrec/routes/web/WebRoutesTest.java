package io.ctxrec.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.routes.api.NoHttpEngine;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

class WebRoutesTest extends CamelTestSupport {

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("platform-http-engine", new NoHttpEngine());
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new WebRoutes(new WebAssets());
    }

    @Test
    void aFileThePageDoesNotHaveIsA404InTheApisErrorShape() {
        Exchange reply = template.request("direct:web-asset", e -> e.getIn().setHeader(Exchange.HTTP_URI,
                "/ui/no-such-file.js"));

        assertThat(reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(404);
        assertThat(reply.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(new String(reply.getMessage().getBody(byte[].class), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":{\"code\":\"not-found\",\"message\":\"no such file of the web page\"}}");
    }
}
