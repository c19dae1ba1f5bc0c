package io.ctxrec.routes.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.CircuitBreakerDefinition;
import org.apache.camel.model.EndpointRequiredDefinition;
import org.apache.camel.model.EnrichDefinition;
import org.apache.camel.model.MulticastDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.ToDynamicDefinition;

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
        MermaidIds ids = new MermaidIds();
        Map<String, String> consumerOfDirect = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder("flowchart LR\n");
        List<String> names = new ArrayList<>();
        for (RouteDefinition route : routes) {
            String name = nameOf(route, names.size() + 1);
            names.add(name);
            String uri = route.getInput().getEndpointUri();
            String node = ids.of(name);
            String consumer = Consumers.describe(uri);
            String label = name.equals(consumer) ? name : name + "<br/>" + consumer;
            out.append("    ").append(node).append("[\"").append(MermaidIds.label(label).replace("#lt;br/#gt;", "<br/>"))
                    .append("\"]\n");
            if (isDirect(uri)) {
                consumerOfDirect.put(directName(uri), node);
            }
        }
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
        return out.toString();
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
                sends.add(new Send(uri, p instanceof EnrichDefinition ? (kind.isEmpty() ? "" : kind + ", ") + "enrich" : kind));
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
