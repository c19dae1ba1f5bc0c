package io.ctxrec.routes.diagram;

import org.apache.camel.main.Main;

/** Adds the route diagram endpoint to the application. */
public final class DiagramWiring {
    private DiagramWiring() {
    }

    public static void bind(Main main) {
        main.configure().addRoutesBuilder(new DiagramRoutes());
    }
}
