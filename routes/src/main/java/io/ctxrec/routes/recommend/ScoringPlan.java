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
    /** The candidates of one shop reading under one version: the same for every request until either changes. */
    private record Candidates(ShopSnapshot.Shop shop, ServingVersion version, List<String> ids, int[] indexes) {
    }

    private final ShopSnapshot shop;
    private volatile Candidates last;

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
        Candidates c = candidates(shop.current(), version);
        if (c.ids().isEmpty()) {
            return null;
        }
        // Purchases stay in each model's list, to judge it by them; enough beyond them to fill the limit.
        int k = Math.min(c.ids().size(), Math.max(ModelSelectionPolicy.K, query.limit() + profile.purchased().size()));
        return new ScoringTask(version, user.getAsInt(), c.ids(), c.indexes(),
                encoders.encodeContext(profile.context().features()), k);
    }

    private Candidates candidates(ShopSnapshot.Shop now, ServingVersion version) {
        Candidates held = last;
        if (held != null && held.shop() == now && held.version() == version) {
            return held;
        }
        EncoderSet encoders = version.encoders();
        List<String> ids = new ArrayList<>();
        int[] indexes = new int[now.active().size()];
        for (Product p : now.active()) {
            OptionalInt i = encoders.items().indexOf(p.id());
            if (i.isPresent()) {
                indexes[ids.size()] = i.getAsInt();
                ids.add(p.id());
            }
        }
        Candidates fresh = new Candidates(now, version, List.copyOf(ids), java.util.Arrays.copyOf(indexes, ids.size()));
        last = fresh;
        return fresh;
    }
}
