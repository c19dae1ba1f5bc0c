package io.ctxrec.routes.recommend;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ModelRun;
import io.ctxrec.domain.port.ModelRunLog;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.RecommendedItem;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hydrates a list into the {@link RecommendationResponse}: each product's fields from the catalog (a
 * product gone from it since is left out). A cached answer reports the metrics of the run that made it
 * when the latest run of the user is that one, else none.
 */
public class ResponseAssembler {
    private final ProductCatalog catalog;
    private final ModelRunLog runs;
    private final ZoneId zone;
    private final Clock clock;

    public ResponseAssembler(ProductCatalog catalog, ModelRunLog runs, ZoneId zone, Clock clock) {
        this.catalog = catalog;
        this.runs = runs;
        this.zone = zone;
        this.clock = clock;
    }

    public RecommendationResponse fromRecommendation(Recommendation list, RecommendationQuery query) {
        return new RecommendationResponse(query.userId(), list.source().code(), list.model(), list.version(),
                RequestContext.features(RequestContext.of(query, zone)), list.metrics(), hydrate(list.items()),
                clock.instant());
    }

    public RecommendationResponse fromCache(CachedRecommendations cached, RecommendationQuery query) {
        Map<String, Map<String, Double>> metrics = runs.latest(query.userId(), 1).stream()
                .filter(run -> run.modelName().equals(cached.modelName())
                        && run.modelVersion().equals(cached.modelVersion()))
                .findFirst().map(ModelRun::metrics).orElse(Map.of());
        List<RecommendedItem> items = cached.items().subList(0, Math.min(query.limit(), cached.items().size()));
        return new RecommendationResponse(query.userId(), RecommendationSource.CACHE.code(), cached.modelName(),
                cached.modelVersion(), RequestContext.features(RequestContext.of(query, zone)), metrics,
                hydrate(items), cached.createdAt());
    }

    private List<RecommendedProduct> hydrate(List<RecommendedItem> items) {
        Map<String, Product> byId = new HashMap<>();
        catalog.findAll(items.stream().map(RecommendedItem::productId).toList()).forEach(p -> byId.put(p.id(), p));
        List<RecommendedProduct> out = new ArrayList<>();
        for (RecommendedItem item : items) {
            Product p = byId.get(item.productId());
            if (p != null) {
                out.add(new RecommendedProduct(p.id(), p.name(), p.price(), p.discount(), p.imageUrl(), p.category(),
                        p.brand(), item.score(), item.reason().code()));
            }
        }
        return out;
    }
}
