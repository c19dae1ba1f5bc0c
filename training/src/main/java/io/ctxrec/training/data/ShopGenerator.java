package io.ctxrec.training.data;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a realistic demo shop from {@link GeneratorSettings}: the same settings always give the
 * same data. Catalog and users come from one random stream; each user's activity then comes from
 * a stream derived from the seed and the user's index, so users can be played in parallel without
 * changing the result. Interactions and ratings are returned oldest first.
 */
public final class ShopGenerator {

    public ShopData generate(GeneratorSettings settings) {
        SplittableRandom rng = new SplittableRandom(settings.seed());
        Catalog catalog = CatalogFactory.create(settings, rng);
        List<Shopper> shoppers = ShopperFactory.create(settings, catalog, rng);
        ChoiceSpace space = new ChoiceSpace(catalog, settings);
        DailyRhythm clock = new DailyRhythm(settings.start(), settings.days());
        List<Activity> activity = shoppers.parallelStream()
                .map(s -> new ShopperSession(catalog, new ProductChooser(space, s.taste()), clock, s)
                        .run(streamFor(settings.seed(), s.index())))
                .toList();
        List<Interaction> interactions = new ArrayList<>(settings.interactions());
        List<Rating> ratings = new ArrayList<>();
        activity.forEach(a -> {
            interactions.addAll(a.interactions());
            ratings.addAll(a.ratings());
        });
        interactions.sort(Comparator.comparing(Interaction::at));
        ratings.sort(Comparator.comparing(Rating::at));
        List<User> users = shoppers.stream().map(Shopper::user).toList();
        List<Product> products = ProductStats.addActivity(catalog.products(), interactions, ratings);
        return new ShopData(users, products, interactions, ratings);
    }

    private static SplittableRandom streamFor(long seed, int userIndex) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (userIndex + 1L)));
    }
}
