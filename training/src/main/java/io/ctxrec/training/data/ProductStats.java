package io.ctxrec.training.data;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings products' view count and rating average/count up to date with a batch of activity, so the
 * catalog agrees with the interactions and ratings loaded beside it. A view is an interaction with
 * action {@code view}; products the batch does not mention are returned unchanged.
 */
public final class ProductStats {
    private ProductStats() {
    }

    public static List<Product> addActivity(List<Product> products, List<Interaction> interactions,
                                            List<Rating> ratings) {
        Map<String, long[]> views = new HashMap<>();
        for (Interaction i : interactions) {
            if (i.action() == Action.VIEW) {
                views.computeIfAbsent(i.productId(), k -> new long[1])[0]++;
            }
        }
        Map<String, long[]> stars = new HashMap<>();
        for (Rating r : ratings) {
            long[] sumAndCount = stars.computeIfAbsent(r.productId(), k -> new long[2]);
            sumAndCount[0] += r.stars();
            sumAndCount[1]++;
        }
        return products.stream().map(p -> updated(p, views.get(p.id()), stars.get(p.id()))).toList();
    }

    private static Product updated(Product p, long[] views, long[] stars) {
        long viewCount = p.viewCount() + (views == null ? 0 : views[0]);
        int count = p.ratingCount() + (stars == null ? 0 : (int) stars[1]);
        double sum = p.ratingAvg() * p.ratingCount() + (stars == null ? 0 : stars[0]);
        double avg = count == 0 ? 0 : sum / count;
        return new Product(p.id(), p.name(), p.price(), p.discount(), p.imageUrl(), p.category(), p.brand(),
                p.status(), viewCount, avg, count);
    }
}
