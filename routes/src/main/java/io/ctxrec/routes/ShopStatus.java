package io.ctxrec.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.UserDirectory;

/** Counts of the shop's data and the authentication mode ({@code open} or {@code jwt}), for the status endpoint. */
public class ShopStatus {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The status endpoint's reply; {@code auth} tells the page whether users need tokens. */
    public record Counts(String status, long users, long products, long interactions, String auth) {
    }

    private final UserDirectory users;
    private final ProductCatalog products;
    private final InteractionHistory interactions;
    private final String authMode;

    public ShopStatus(UserDirectory users, ProductCatalog products, InteractionHistory interactions, String authMode) {
        this.users = users;
        this.products = products;
        this.interactions = interactions;
        this.authMode = authMode;
    }

    public Counts counts() {
        return new Counts("UP", users.count(), products.count(), interactions.count(), authMode);
    }

    public String asJson() {
        try {
            return JSON.writeValueAsString(counts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the shop's counts as JSON", e);
        }
    }
}
