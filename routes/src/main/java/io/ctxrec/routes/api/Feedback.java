package io.ctxrec.routes.api;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.Ratings;
import io.ctxrec.domain.port.UserDirectory;
import io.ctxrec.routes.api.FeedbackRequests.InteractionRequest;
import io.ctxrec.routes.api.FeedbackRequests.RatingRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Headers;

/**
 * Records what users do and say, in two steps so that the route can check who may act for the user between them:
 * {@code read*} validates the whole request into its record, {@code record*} checks that the user and the product
 * exist (404 otherwise) and only then writes, so a refused request leaves nothing behind.
 */
public class Feedback {
    private final UserDirectory users;
    private final ProductCatalog products;
    private final InteractionHistory interactions;
    private final Ratings ratings;
    private final Clock clock;

    public Feedback(UserDirectory users, ProductCatalog products, InteractionHistory interactions, Ratings ratings,
                    Clock clock) {
        this.users = users;
        this.products = products;
        this.interactions = interactions;
        this.ratings = ratings;
        this.clock = clock;
    }

    public Interaction readInteraction(@Body String body, @Headers Map<String, Object> headers) {
        InteractionRequest r = JsonBodies.read(body, headers, InteractionRequest.class);
        DeviceType device = r.deviceType() == null || r.deviceType().isBlank()
                ? DeviceType.fromUserAgent(Params.optional(headers.get("User-Agent"))) : DeviceType.parse(r.deviceType());
        return new Interaction(r.userId(), r.productId(), Action.parse(r.action()), device, timestamp(r.timestamp()));
    }

    public Map<String, Object> recordInteraction(@Body Interaction interaction) {
        requireKnown(interaction.userId(), interaction.productId());
        interactions.record(interaction);
        return Map.of("userId", interaction.userId(), "productId", interaction.productId(),
                "action", interaction.action().code(), "deviceType", interaction.deviceType().code(),
                "timestamp", interaction.at());
    }

    public Rating readRating(@Body String body, @Headers Map<String, Object> headers) {
        RatingRequest r = JsonBodies.read(body, headers, RatingRequest.class);
        if (r.stars() == null) {
            throw new IllegalArgumentException("stars is required (1..5)");
        }
        return new Rating(r.userId(), r.productId(), r.stars(), r.comment(), clock.instant());
    }

    public Rating recordRating(@Body Rating rating) {
        requireKnown(rating.userId(), rating.productId());
        ratings.record(rating);
        return rating;
    }

    private void requireKnown(String userId, String productId) {
        if (users.find(userId).isEmpty()) {
            throw ApiProblem.notFound("unknown user '" + userId + "'");
        }
        if (products.find(productId).isEmpty()) {
            throw ApiProblem.notFound("unknown product '" + productId + "'");
        }
    }

    private Instant timestamp(String value) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp must be an ISO-8601 instant such as 2024-05-01T18:30:00Z, was '"
                    + value + "'");
        }
    }
}
