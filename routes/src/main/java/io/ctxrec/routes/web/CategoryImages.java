package io.ctxrec.routes.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /images/categories/<category>.svg}: a picture for a product of that category, drawn here (no
 * image host needed): the category's name on a colour of its own, which the demo shop's products link to
 * (training's CatalogFactory names them so).
 */
public class CategoryImages extends RouteBuilder {
    public static final String PATH = "/images/categories/";

    @Override
    public void configure() {
        from("platform-http:/images/categories?matchOnUriPrefix=true&httpMethodRestrict=GET").routeId("web-category-image")
                .process(CategoryImages::serve);
    }

    private static void serve(Exchange exchange) {
        Message m = exchange.getMessage();
        String uri = m.getHeader(Exchange.HTTP_URI, "", String.class).replaceFirst("\\?.*$", "");
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        if (!name.matches("[a-z0-9-]{1,40}\\.svg")) {
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            m.setHeader(Exchange.CONTENT_TYPE, "application/json");
            m.setBody("{\"error\":{\"code\":\"not-found\",\"message\":\"no such image: images are "
                    + PATH + "<category>.svg\"}}");
            return;
        }
        m.setBody(svg(name.substring(0, name.length() - 4).replace('-', ' ')).getBytes(StandardCharsets.UTF_8));
        m.setHeader(Exchange.CONTENT_TYPE, "image/svg+xml");
        m.setHeader("Cache-Control", "public, max-age=86400");
    }

    static String svg(String category) {
        int hue = Math.floorMod(category.hashCode(), 360);
        String initial = category.isEmpty() ? "?" : category.substring(0, 1).toUpperCase(Locale.ROOT);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 160\" width=\"240\" height=\"160\" role=\"img\""
                + " aria-label=\"" + category + "\">"
                + "<defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">"
                + "<stop offset=\"0\" stop-color=\"hsl(" + hue + ",55%,78%)\"/>"
                + "<stop offset=\"1\" stop-color=\"hsl(" + hue + ",50%,58%)\"/></linearGradient></defs>"
                + "<rect width=\"240\" height=\"160\" fill=\"url(#g)\"/>"
                + "<circle cx=\"120\" cy=\"66\" r=\"38\" fill=\"hsl(" + hue + ",45%,96%)\" opacity=\"0.9\"/>"
                + "<text x=\"120\" y=\"80\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"40\""
                + " font-weight=\"bold\" fill=\"hsl(" + hue + ",50%,30%)\">" + initial + "</text>"
                + "<text x=\"120\" y=\"138\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"18\""
                + " fill=\"hsl(" + hue + ",60%,15%)\">" + category + "</text></svg>";
    }
}
