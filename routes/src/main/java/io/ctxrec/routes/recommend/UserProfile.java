package io.ctxrec.routes.recommend;

import io.ctxrec.domain.fallback.UserTaste;
import io.ctxrec.domain.model.Context;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one request knows of its user: the categories and brands they touched, what they bought (the
 * ground truth the models are judged against), what must not be recommended to them, when they last
 * interacted, how many interactions they have, and the request's context.
 */
public record UserProfile(String userId, Set<String> categories, Set<String> brands, Set<String> purchased,
                          Set<String> excluded, Optional<Instant> latestAt, int interactions, Context context) {
    public UserProfile {
        Objects.requireNonNull(userId, "userId");
        categories = Set.copyOf(categories);
        brands = Set.copyOf(brands);
        purchased = Set.copyOf(purchased);
        excluded = Set.copyOf(excluded);
        Objects.requireNonNull(latestAt, "latestAt");
        Objects.requireNonNull(context, "context");
    }

    public UserTaste taste() {
        return new UserTaste(categories, brands, excluded);
    }
}
