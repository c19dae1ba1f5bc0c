package io.ctxrec.routes.diagram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Mermaid node ids from route ids (letters, digits and underscores, unique, never a keyword) and safe labels. */
final class MermaidIds {
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    String of(String name) {
        return ids.computeIfAbsent(name, n -> {
            String base = "r_" + n.replaceAll("[^A-Za-z0-9_]", "_");
            String id = base;
            for (int i = 2; !used.add(id); i++) {
                id = base + "_" + i;
            }
            return id;
        });
    }

    /** Text for a quoted label: Mermaid's entity codes for the characters that end or break one. */
    static String label(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
