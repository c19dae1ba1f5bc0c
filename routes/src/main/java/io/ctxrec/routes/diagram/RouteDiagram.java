package io.ctxrec.routes.diagram;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.CircuitBreakerDefinition;
import org.apache.camel.model.EndpointRequiredDefinition;
import org.apache.camel.model.EnrichDefinition;
import org.apache.camel.model.MulticastDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.ToDynamicDefinition;
import org.apache.camel.model.WireTapDefinition;

/**
 * A Mermaid flowchart of Camel routes, computed from their model so the picture cannot drift from the
 * code: one node per route (labelled with its id and what it consumes: HTTP path, schedule, direct
 * name) and one edge per {@code direct:} endpoint a route sends to or enriches from, wherever in the
 * route it sits (choice branches, multicast, circuit breaker and its fallback, try blocks).
 */
public final class RouteDiagram {
    private RouteDiagram() {
    }

    public static String of(Collection<RouteDefinition> routes) {
        return of(routes, UnaryOperator.identity());
    }

    /**
     * The flowchart, routes grouped in subgraphs ({@link RouteGroups}) and coloured in the system diagram's
     * classes; {@code placeholders} resolves the {@code {{...}}} of the consumers' URIs (a cron expression).
     */
    public static String of(Collection<RouteDefinition> routes, UnaryOperator<String> placeholders) {
        MermaidIds ids = new MermaidIds();
        Map<String, String> consumerOfDirect = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder("flowchart LR\n");
        List<String> names = new ArrayList<>();
        Map<RouteGroups, StringBuilder> groups = new EnumMap<>(RouteGroups.class);
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (RouteDefinition route : routes) {
            String name = nameOf(route, names.size() + 1);
            names.add(name);
            String uri = route.getInput().getEndpointUri();
            String node = ids.of(name);
            String consumer = Consumers.describe(resolved(uri, placeholders));
            String label = name.equals(consumer) ? name : name + "<br/>" + consumer;
            groups.computeIfAbsent(RouteGroups.of(name), g -> new StringBuilder()).append("        ").append(node)
                    .append("[\"").append(MermaidIds.label(label).replace("#lt;br/#gt;", "<br/>")).append("\"]\n");
            classes.computeIfAbsent(RouteGroups.classOf(name, route), c -> new ArrayList<>()).add(node);
            if (isDirect(uri)) {
                consumerOfDirect.put(directName(uri), node);
            }
        }
        groups.forEach((group, nodes) -> out.append("    subgraph ").append(group.name()).append("[\"")
                .append(group.title).append("\"]\n        direction TB\n").append(nodes).append("    end\n"));
        Set<String> edges = new LinkedHashSet<>();
        int i = 0;
        for (RouteDefinition route : routes) {
            String from = ids.of(names.get(i++));
            for (Send send : sends(route)) {
                String to = consumerOfDirect.get(directName(send.uri()));
                if (to == null) {
                    to = ids.of("direct-" + directName(send.uri()));
                    out.append("    ").append(to).append("[(\"").append(MermaidIds.label(send.uri()))
                            .append(" - no route\")]\n");
                }
                edges.add("    " + from + (send.kind().isEmpty() ? " --> " : " -->|" + send.kind() + "| ") + to);
            }
        }
        edges.forEach(e -> out.append(e).append('\n'));
        RouteGroups.classDefs().forEach(c -> out.append("    ").append(c).append('\n'));
        classes.forEach((c, nodes) -> out.append("    class ").append(String.join(",", nodes)).append(' ').append(c)
                .append('\n'));
        groups.keySet().forEach(g -> out.append("    style ").append(g.name()).append(' ').append(g.style).append('\n'));
        return out.toString();
    }

    /** The URI with its placeholders resolved and its query decoded ({@code +} and %-escapes), for a label. */
    private static String resolved(String uri, UnaryOperator<String> placeholders) {
        String plain;
        try {
            plain = uri.contains("{{") ? placeholders.apply(uri) : uri;
        } catch (RuntimeException e) {
            plain = uri; // an unknown placeholder: show it as written
        }
        return plain.contains("?") ? URLDecoder.decode(plain, StandardCharsets.UTF_8) : plain;
    }

    /** The route id; a route without its own (a REST verb's gets a generated one) is named by what it consumes. */
    private static String nameOf(RouteDefinition route, int position) {
        if (route.getRouteId() != null && route.hasCustomIdAssigned()) {
            return route.getRouteId();
        }
        String uri = route.getInput().getEndpointUri();
        return uri == null ? "route" + position : Consumers.describe(uri);
    }

    /** The {@code direct:} endpoints a route sends to, each with how (empty, choice, multicast, fallback, enrich). */
    static List<Send> sends(RouteDefinition route) {
        List<Send> sends = new ArrayList<>();
        walk(route.getOutputs(), "", sends);
        return sends;
    }

    private static void walk(List<? extends ProcessorDefinition<?>> outputs, String kind, List<Send> sends) {
        for (ProcessorDefinition<?> p : outputs) {
            String uri = uriOf(p);
            if (uri != null && isDirect(uri)) {
                String how = p instanceof EnrichDefinition ? "enrich" : p instanceof WireTapDefinition<?> ? "wire tap" : "";
                sends.add(new Send(uri, how.isEmpty() ? kind : (kind.isEmpty() ? "" : kind + ", ") + how));
            }
            if (p instanceof ChoiceDefinition choice) {
                choice.getWhenClauses().forEach(w -> walk(w.getOutputs(), "choice", sends));
                if (choice.getOtherwise() != null) {
                    walk(choice.getOtherwise().getOutputs(), "choice", sends);
                }
            } else if (p instanceof CircuitBreakerDefinition breaker) {
                walk(breaker.getOutputs(), "circuit breaker", sends);
                if (breaker.getOnFallback() != null) {
                    walk(breaker.getOnFallback().getOutputs(), "fallback", sends);
                }
            } else if (p instanceof MulticastDefinition multicast) {
                walk(multicast.getOutputs(), multicast.getParallelProcessing() != null ? "parallel" : "multicast",
                        sends);
            } else {
                walk(p.getOutputs(), kind, sends);
            }
        }
    }

    private static String uriOf(ProcessorDefinition<?> p) {
        if (p instanceof EndpointRequiredDefinition e) {
            return e.getEndpointUri();
        }
        if (p instanceof EnrichDefinition e && e.getExpression() != null) {
            return e.getExpression().getExpression(); // the resource URI, a constant expression
        }
        return p instanceof ToDynamicDefinition d ? d.getUri() : null;
    }

    private static boolean isDirect(String uri) {
        return uri != null && uri.startsWith("direct:");
    }

    private static String directName(String uri) {
        String name = uri.substring("direct:".length());
        name = name.startsWith("//") ? name.substring(2) : name;
        int q = name.indexOf('?');
        return q < 0 ? name : name.substring(0, q);
    }

    /** One send to a {@code direct:} endpoint. */
    record Send(String uri, String kind) {
    }
}
