package io.ctxrec.training.data;

import io.ctxrec.domain.model.Rating;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Stars that follow the taste match (with noise), and a short comment that fits the stars. */
final class Reviews {
    private static final List<List<String>> COMMENTS = List.of(
            List.of("Not as described.", "Broke after a week.", "Would not buy again."),
            List.of("Below expectations.", "Cheap feel for the price.", "Meh."),
            List.of("Does the job.", "Okay for the price.", "Average, nothing special."),
            List.of("Very good, would buy again.", "Solid quality.", "Happy with it."),
            List.of("Excellent!", "Exactly what I wanted.", "Love it, highly recommend."));

    private Reviews() {
    }

    static Rating rate(String userId, String productId, double match, Instant at, SplittableRandom rng) {
        long stars = Math.round(3 + 2.2 * match + 0.8 * rng.nextGaussian());
        int clamped = (int) Math.max(1, Math.min(5, stars));
        List<String> comments = COMMENTS.get(clamped - 1);
        return new Rating(userId, productId, clamped, comments.get(rng.nextInt(comments.size())), at);
    }
}
