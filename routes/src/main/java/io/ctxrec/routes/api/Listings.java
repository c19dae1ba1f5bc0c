package io.ctxrec.routes.api;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.Page;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.UserDirectory;
import org.apache.camel.Header;

/** Paged product and user listings; limit 1..100 (default 20), offset from 0. */
public class Listings {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ProductCatalog products;
    private final UserDirectory users;

    public Listings(ProductCatalog products, UserDirectory users) {
        this.products = products;
        this.users = users;
    }

    public Page<Product> products(@Header("category") String category, @Header("offset") String offset,
                                  @Header("limit") String limit) {
        return products.page(Params.optional(category), offset(offset), limit(limit));
    }

    public Page<User> users(@Header("prefix") String prefix, @Header("offset") String offset,
                            @Header("limit") String limit) {
        return users.search(Params.optional(prefix), offset(offset), limit(limit));
    }

    private static int offset(String value) {
        int offset = Params.wholeNumber("offset", value, 0);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        return offset;
    }

    private static int limit(String value) {
        int limit = Params.wholeNumber("limit", value, DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }
}
