package io.ctxrec.domain.testdata;

import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.port.Ratings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@link Ratings} in a list, in insertion order; unlike the database it does not update the product's average. */
public final class InMemoryRatings implements Ratings {
    private final List<Rating> ratings = new ArrayList<>();

    public static InMemoryRatings of(Rating... recorded) {
        InMemoryRatings store = new InMemoryRatings();
        List.of(recorded).forEach(store::record);
        return store;
    }

    @Override
    public void record(Rating rating) {
        ratings.add(rating);
    }

    @Override
    public List<Rating> forProduct(String productId, int limit) {
        return ratings.stream().filter(r -> r.productId().equals(productId)).limit(limit).toList();
    }

    @Override
    public void forEach(Consumer<Rating> sink) {
        List.copyOf(ratings).forEach(sink);
    }

    @Override
    public long count() {
        return ratings.size();
    }
}
