package io.ctxrec.routes.diagram;

import java.util.Locale;

/** A short description of what a route consumes: an HTTP verb and path, a schedule, a direct name. */
final class Consumers {
    private Consumers() {
    }

    static String describe(String uri) {
        String scheme = uri.contains(":") ? uri.substring(0, uri.indexOf(':')) : uri;
        String rest = uri.substring(scheme.length() + (uri.contains(":") ? 1 : 0));
        rest = rest.startsWith("//") ? rest.substring(2) : rest;
        return switch (scheme) {
            case "platform-http" -> method(rest) + " " + withoutQuery(rest);
            case "rest" -> restOf(withoutQuery(rest)).replace("%7B", "{").replace("%7D", "}");
            case "rest-api" -> "GET " + withoutQuery(rest);
            case "quartz" -> "quartz " + parameter(rest, "cron");
            case "timer" -> "timer " + withoutQuery(rest);
            default -> uri.length() > 80 ? withoutQuery(uri) : uri;
        };
    }

    /** {@code get:/api/models:/x} is {@code GET /api/models/x}. */
    private static String restOf(String rest) {
        String[] parts = rest.split(":", 3);
        String path = parts.length > 1 ? parts[1] : "";
        String sub = parts.length > 2 ? parts[2] : "";
        return parts[0].toUpperCase(Locale.ROOT) + " " + path + (sub.isEmpty() || sub.equals("/") ? "" : sub);
    }

    private static String method(String rest) {
        String m = parameter(rest, "httpMethodRestrict");
        return m.isEmpty() ? "HTTP" : m.toUpperCase(Locale.ROOT);
    }

    private static String parameter(String rest, String name) {
        int q = rest.indexOf('?');
        if (q < 0) {
            return "";
        }
        for (String kv : rest.substring(q + 1).split("&")) {
            if (kv.startsWith(name + "=")) {
                return kv.substring(name.length() + 1);
            }
        }
        return "";
    }

    private static String withoutQuery(String s) {
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }
}
