package io.ctxrec.routes;

import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.UserDirectory;

/** Counts of the shop's data, for the status endpoint. */
public class ShopStatus {
    private final UserDirectory users;
    private final ProductCatalog products;
    private final InteractionHistory interactions;

    public ShopStatus(UserDirectory users, ProductCatalog products, InteractionHistory interactions) {
        this.users = users;
        this.products = products;
        this.interactions = interactions;
    }

    public String asJson() {
        return "{\"status\":\"UP\",\"users\":" + users.count() + ",\"products\":" + products.count()
                + ",\"interactions\":" + interactions.count() + "}";
    }
}
