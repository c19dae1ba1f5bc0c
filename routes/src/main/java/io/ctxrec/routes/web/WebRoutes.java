package io.ctxrec.routes.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctxrec.routes.api.ApiJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/** Serves the web page at {@code /} with its scripts, styles and diagrams (see {@link WebAssets}). */
public class WebRoutes extends RouteBuilder {
    private static final byte[] NOT_FOUND = notFound();
    private final WebAssets assets;

    public WebRoutes(WebAssets assets) {
        this.assets = assets;
    }

    @Override
    public void configure() {
        from("platform-http:/?httpMethodRestrict=GET").routeId("web-page").to("direct:web-asset");
        from("platform-http:/index.html?httpMethodRestrict=GET").routeId("web-page-index").to("direct:web-asset");
        from("platform-http:/ui?matchOnUriPrefix=true&httpMethodRestrict=GET").routeId("web-ui").to("direct:web-asset");
        from("platform-http:/vendor?matchOnUriPrefix=true&httpMethodRestrict=GET").routeId("web-vendor")
                .to("direct:web-asset");
        from("platform-http:/api/docs?httpMethodRestrict=GET").routeId("web-api-docs").to("direct:web-asset");
        from("platform-http:/diagrams?matchOnUriPrefix=true&httpMethodRestrict=GET").routeId("web-diagrams")
                .to("direct:web-asset");

        from("direct:web-asset").routeId("web-asset").process(this::serve);
    }

    /** The API's error shape: {@code {"error":{"code":"not-found","message":...}}}. */
    private static byte[] notFound() {
        ObjectNode reply = ApiJson.mapper().createObjectNode();
        reply.putObject("error").put("code", "not-found").put("message", "no such file of the web page");
        try {
            return ApiJson.mapper().writeValueAsBytes(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve(Exchange exchange) {
        Message m = exchange.getMessage();
        String path = m.getHeader(Exchange.HTTP_PATH, String.class);
        String uri = m.getHeader(Exchange.HTTP_URI, String.class);
        String wanted = uri != null ? uri.replaceFirst("\\?.*$", "") : (path == null || path.isEmpty() ? "/" : path);
        assets.find(wanted).ifPresentOrElse(asset -> {
            m.setBody(asset.bytes());
            m.setHeader(Exchange.CONTENT_TYPE, asset.contentType());
            m.setHeader("Cache-Control", asset.cacheControl());
        }, () -> {
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            m.setHeader(Exchange.CONTENT_TYPE, "application/json");
            m.setBody(NOT_FOUND);
        });
    }
}
