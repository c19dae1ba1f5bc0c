package io.ctxrec.training.dataset;

import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.testdata.InMemoryInteractionHistory;
import io.ctxrec.domain.testdata.InMemoryProductCatalog;
import io.ctxrec.domain.testdata.InMemoryRatings;
import java.time.Instant;
import java.util.List;

/** A tiny shop behind the three ports the preparation reads, and the decoding helpers its tests share. */
final class Shop {
    final InMemoryInteractionHistory history = new InMemoryInteractionHistory();
    final InMemoryProductCatalog catalog = new InMemoryProductCatalog();
    final InMemoryRatings ratings = new InMemoryRatings();

    Shop products(String category, String... ids) {
        for (String id : ids) {
            catalog.add(aProduct(id).inCategory(category).build());
        }
        return this;
    }

    Shop with(Interaction... interactions) {
        List.of(interactions).forEach(history::record);
        return this;
    }

    Shop rating(String user, String product, int stars, String at) {
        ratings.record(new Rating(user, product, stars, "", Instant.parse(at)));
        return this;
    }

    PreparedDataset prepare(DatasetSettings settings) {
        return new DatasetPreparation(settings).prepare(history, catalog, ratings);
    }

    /** "user/item" for every row, decoded through the dataset's encoders. */
    static List<String> pairs(PreparedDataset d, TrainingRows rows) {
        return java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(r -> d.encoders().users().idAt(rows.users()[r]) + "/" + d.encoders().items().idAt(rows.items()[r]))
                .toList();
    }

    /** The value of {@code feature} in an encoded context. */
    static String value(PreparedDataset d, int[] context, String feature) {
        int position = d.encoders().positionOf(feature).orElseThrow();
        return d.encoders().contexts().get(position).valueAt(context[position]);
    }
}
