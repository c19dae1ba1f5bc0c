package io.ctxrec.routes.recommend;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import io.ctxrec.routes.scoring.ScoringTask;
import io.ctxrec.routes.scoring.ServingVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Encodes a request for the models: the user, the active products the version knows (the others are
 * skipped here and may still come in through the backfill) and the context. Answers null, meaning
 * "heuristic fallback", when no version serves, the user is unknown to its encoders (cold start) or no
 * active product is known.
 */
public class ScoringPlan {
    private final ShopSnapshot shop;

    public ScoringPlan(ShopSnapshot shop) {
        this.shop = shop;
    }

    public ScoringTask task(ServingVersion version, UserProfile profile, RecommendationQuery query) {
        if (version == null) {
            return null;
        }
        EncoderSet encoders = version.encoders();
        OptionalInt user = encoders.users().indexOf(profile.userId());
        if (user.isEmpty()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (Product p : shop.current().active()) {
            encoders.items().indexOf(p.id()).ifPresent(i -> {
                ids.add(p.id());
                indexes.add(i);
            });
        }
        if (ids.isEmpty()) {
            return null;
        }
        // Purchases stay in each model's list, to judge it by them; enough beyond them to fill the limit.
        int k = Math.min(ids.size(), Math.max(ModelSelectionPolicy.K, query.limit() + profile.purchased().size()));
        return new ScoringTask(version, user.getAsInt(), ids, indexes.stream().mapToInt(Integer::intValue).toArray(),
                encoders.encodeContext(profile.context().features()), k);
    }
}
