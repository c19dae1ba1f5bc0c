package io.ctxrec.routes.api;

import io.ctxrec.routes.recommend.CachedAnswer;
import io.ctxrec.routes.recommend.Recommendation;
import io.ctxrec.routes.recommend.RecommendationResponse;
import io.ctxrec.routes.recommend.RecommendationSource;
import io.ctxrec.routes.recommend.RecommendationState;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Counts what the recommendation routes answered, read from the answer when each request is done: a
 * list request answered from the cache is a hit, any other a miss; a computed answer counts for its
 * model, and a fallback for its reason (the heuristic's name). A request that failed is counted as far as
 * its state got: a miss once the cache was checked, its model once a list was made.
 */
public final class ServiceMetricsPolicy extends RoutePolicySupport {
    static final String LIST_ROUTE = "recommendations-list";
    static final Set<String> ROUTES = Set.of(LIST_ROUTE, "recommendations-init");

    private final ServiceMetrics metrics;

    ServiceMetricsPolicy(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    /** This policy on the list and init routes, none on the others. */
    public static RoutePolicyFactory factory(ServiceMetrics metrics) {
        ServiceMetricsPolicy policy = new ServiceMetricsPolicy(metrics);
        return (context, routeId, route) -> ROUTES.contains(routeId) ? policy : null;
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        boolean list = LIST_ROUTE.equals(route.getRouteId());
        Object body = exchange.getMessage().getBody();
        if (body instanceof CachedAnswer) {
            countCache(list, true);
        } else if (body instanceof RecommendationResponse answer) {
            boolean cached = RecommendationSource.CACHE.code().equals(answer.source());
            countCache(list, cached);
            if (!cached) {
                countList(answer.model(), RecommendationSource.FALLBACK.code().equals(answer.source()));
            }
        } else if (body instanceof RecommendationState failed) {
            countCache(list && failed.cacheChecked(), failed.fresh());
            Recommendation made = failed.list();
            if (made != null) {
                countList(made.model(), made.source() == RecommendationSource.FALLBACK);
            }
        }
    }

    private void countCache(boolean counted, boolean hit) {
        if (!counted) {
            return;
        }
        if (hit) {
            metrics.cacheHit();
        } else {
            metrics.cacheMiss();
        }
    }

    private void countList(String model, boolean fallback) {
        metrics.recommendation(model);
        if (fallback) {
            metrics.fallback(model);
        }
    }
}
