package io.ctxrec.routes.recommend;

import java.math.BigDecimal;

/** One hydrated entry of a response: the product's fields, its score and why it is there. */
public record RecommendedProduct(String id, String name, BigDecimal price, double discount, String imageUrl,
                                 String category, String brand, double score, String reason) {
}
