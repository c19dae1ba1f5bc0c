package io.ctxrec.routes.api;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.User;
import java.time.Instant;
import java.util.List;

/**
 * Reply shapes the REST DSL names as out-types for the OpenAPI description where the reply's Java type
 * cannot say it: a generic page (the description cannot carry its type argument) and the map of a stored
 * interaction. OpenApiDocumentTest checks real replies against them, so they cannot drift.
 */
final class ApiSchemas {
    private ApiSchemas() {
    }

    /** A page of {@code GET /api/products}. */
    record ProductPage(List<Product> items, int offset, int limit, long total) {
    }

    /** A page of {@code GET /api/users}. */
    record UserPage(List<User> items, int offset, int limit, long total) {
    }

    /** What {@code POST /api/interactions} stored: action view, cart or purchase; device mobile, desktop or tablet. */
    record StoredInteraction(String userId, String productId, String action, String deviceType, Instant timestamp) {
    }

    /** {@code DELETE /api/recommendations}: how many of the user's cached lists were removed. */
    record ClearedLists(String userId, int removed) {
    }
}
