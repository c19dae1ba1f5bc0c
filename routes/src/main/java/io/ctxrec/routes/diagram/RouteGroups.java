package io.ctxrec.routes.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.model.RouteDefinition;

/**
 * Where a route belongs in the routes diagram (training, serving, API, observability) and its colour, in the
 * classes of the system diagram ({@code diagrams/ctxrec-system.mmd}): training green, the request path blue,
 * a route that reads or writes the database yellow, a model's scoring red, observability grey.
 */
enum RouteGroups {
    TRAINING("Training", "fill:#f1faf2,stroke:#2e7d32"),
    SERVING("Serving a request", "fill:#eef4fd,stroke:#1565c0"),
    API("HTTP API", "fill:#f7f9fc,stroke:#5c7fa8"),
    OBSERVABILITY("Observability, docs and the page", "fill:#fafafa,stroke:#9e9e9e");

    static final String SYSTEM_DIAGRAM = "diagrams/ctxrec-system.mmd";

    final String title;
    final String style;

    RouteGroups(String title, String style) {
        this.title = title;
        this.style = style;
    }

    static RouteGroups of(String name) {
        if (name.matches("(health|metrics|status|route-diagram|openapi|web|api-openapi).*")) {
            return OBSERVABILITY;
        }
        if (name.equals("api-retrain-execute") || !name.startsWith("api-") && !name.endsWith("-http")
                && (name.contains("retrain") || name.contains("training"))) {
            return TRAINING;
        }
        if (name.startsWith("api-") || name.endsWith("-http") || name.contains(" /")) {
            return API;
        }
        return SERVING;
    }

    /** The system diagram's class of a route's node. */
    static String classOf(String name, RouteDefinition route) {
        RouteGroups group = of(name);
        if (name.startsWith("score") || name.contains("scoring")) {
            return "model";
        }
        if (group != OBSERVABILITY && route.toString().contains("[jdbc:")) {
            return "database";
        }
        return switch (group) {
            case TRAINING -> "training";
            case OBSERVABILITY -> "note";
            default -> "inference";
        };
    }

    /** The system diagram's {@code classDef} lines, so both diagrams colour alike. */
    static List<String> classDefs() {
        try (InputStream in = RouteGroups.class.getClassLoader().getResourceAsStream(SYSTEM_DIAGRAM)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> l.startsWith("classDef ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
