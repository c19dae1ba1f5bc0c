package io.ctxrec.routes.web;

import org.apache.camel.main.Main;

/** Adds the web page to the application. */
public final class WebWiring {
    private WebWiring() {
    }

    public static void bind(Main main) {
        main.configure().addRoutesBuilder(new WebRoutes(new WebAssets()));
    }
}
