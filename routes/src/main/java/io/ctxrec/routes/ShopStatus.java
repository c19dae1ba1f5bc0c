package io.ctxrec.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.UserDirectory;

/** Counts of the shop's data, for the status endpoint. */
public class ShopStatus {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The status endpoint's reply. */
    public record Counts(String status, long users, long products, long interactions) {
    }

    private final UserDirectory users;
    private final ProductCatalog products;
    private final InteractionHistory interactions;

    public ShopStatus(UserDirectory users, ProductCatalog products, InteractionHistory interactions) {
        this.users = users;
        this.products = products;
        this.interactions = interactions;
    }

    public Counts counts() {
        return new Counts("UP", users.count(), products.count(), interactions.count());
    }

    public String asJson() {
        try {
            return JSON.writeValueAsString(counts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the shop's counts as JSON", e);
        }
    }
}
