package io.ctxrec.domain.port;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.model.User;
import java.util.List;

/** A batch of shop data loaded at once: generated demo data or an imported file. */
public record ShopData(List<User> users, List<Product> products, List<Interaction> interactions,
                       List<Rating> ratings) {
    public ShopData {
        users = List.copyOf(users);
        products = List.copyOf(products);
        interactions = List.copyOf(interactions);
        ratings = List.copyOf(ratings);
    }
}
