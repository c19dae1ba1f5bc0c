package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Times a bulk load and a full stream of the interactions. Not part of the build (the name matches
 * neither *Test nor *IT); run it by hand:
 * {@code mvn -o -pl adapters -am verify -Dtest=ShopDataLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DskipITs -Dbench.db=h2|mariadb -Dbench.interactions=2000000}.
 */
class ShopDataLoadBenchmark {

    @Test
    void loadsAndStreamsTheConfiguredNumberOfInteractions() {
        int interactions = Integer.getInteger("bench.interactions", 200_000);
        TestDatabase target = "mariadb".equals(System.getProperty("bench.db")) ? TestDatabase.mariaDb() : TestDatabase.h2();
        try (Database database = Database.open(target.settings())) {
            JdbcAdapters adapters = new JdbcAdapters(database.dataSource(), Clock.systemUTC());
            ShopData data = shop(interactions);

            long t0 = System.nanoTime();
            adapters.shopDataLoader().load(data);
            long t1 = System.nanoTime();
            long[] seen = {0};
            adapters.interactionHistory().forEach(i -> seen[0]++);
            long t2 = System.nanoTime();

            System.out.printf("%s: loaded %,d users, %,d products, %,d interactions, %,d ratings in %.1f s;"
                            + " streamed them in %.1f s%n", System.getProperty("bench.db", "h2"), data.users().size(),
                    data.products().size(), interactions, data.ratings().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            assertThat(seen[0]).isEqualTo(interactions);
        } finally {
            target.drop();
        }
    }

    private static ShopData shop(int interactions) {
        SplittableRandom random = new SplittableRandom(42);
        int nUsers = Math.max(1, interactions / 40);
        int nProducts = Math.max(1, interactions / 200);
        List<User> users = new ArrayList<>();
        for (int u = 0; u < nUsers; u++) {
            users.add(new User("user-" + u, "User " + u));
        }
        List<Product> products = new ArrayList<>();
        for (int p = 0; p < nProducts; p++) {
            products.add(new Product("product-" + p, "Product " + p, new BigDecimal("19.99"), 0.1, null,
                    "cat-" + p % 20, "brand-" + p % 50, Product.ACTIVE, 0, 0, 0));
        }
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        List<Interaction> list = new ArrayList<>(interactions);
        for (int i = 0; i < interactions; i++) {
            list.add(new Interaction("user-" + random.nextInt(nUsers), "product-" + random.nextInt(nProducts),
                    Action.values()[random.nextInt(3)], DeviceType.values()[random.nextInt(4)],
                    start.plusMillis(random.nextLong(365L * 24 * 3600 * 1000)),
                    i % 10 == 0 ? Map.of("location", "home") : Map.of()));
        }
        List<Rating> ratings = new ArrayList<>();
        for (int r = 0; r < interactions / 20; r++) {
            ratings.add(new Rating("user-" + random.nextInt(nUsers), "product-" + random.nextInt(nProducts),
                    1 + random.nextInt(5), "ok", start.plusSeconds(r)));
        }
        return new ShopData(users, products, list, ratings);
    }
}
