package io.ctxrec.training.dataset;

import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A random shop like the demo generator's: 2,000 interactions and 150 ratings over about a year, with a
 * known number of exact repeats and of rows on products missing from the catalog. Every genuine row
 * has its own timestamp, so the only duplicates are the planted ones. It remembers, per user, the
 * kept events in time order, to derive expected figures independently of the preparation.
 */
final class GeneratedShop {
    static final int INTERACTIONS = 2000;
    static final int RATINGS = 150;
    static final int DUPLICATES = 40 + 5;
    static final int MISSING = 30 + 5;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    final Shop shop = new Shop();
    final Map<String, List<String[]>> keptByUser = new HashMap<>();   // {item, positive, epochSecond}
    private final Random random = new Random(2026);

    GeneratedShop() {
        for (int p = 0; p < 60; p++) {
            shop.products("cat" + p % 3, String.format("p%02d", p));
        }
        List<Interaction> genuine = new ArrayList<>();
        for (int i = 0; i < INTERACTIONS - 40 - 30; i++) {
            Instant at = START.plus(Duration.ofMinutes(263L * i));
            Interaction interaction = new Interaction(user(), product(), action(),
                    DeviceType.values()[random.nextInt(3)], at);
            genuine.add(interaction);
            remember(interaction.userId(), interaction.productId(), interaction.action().isPositive(), at);
        }
        genuine.forEach(shop.history::record);
        for (int i = 0; i < 40; i++) {
            shop.history.record(genuine.get(random.nextInt(genuine.size())));
        }
        for (int i = 0; i < 30; i++) {
            shop.history.record(new Interaction(user(), "gone" + i, Action.VIEW, DeviceType.MOBILE,
                    START.plus(Duration.ofMinutes(41L * i))));
        }
        addRatings();
    }

    private void addRatings() {
        List<Rating> genuine = new ArrayList<>();
        for (int j = 0; j < RATINGS - 5 - 5; j++) {
            // the odd 7 seconds keep ratings off the interactions' whole minutes
            Instant at = START.plus(Duration.ofMinutes(3607L * j)).plusSeconds(7);
            Rating rating = new Rating(user(), product(), 1 + random.nextInt(5), "", at);
            genuine.add(rating);
            remember(rating.userId(), rating.productId(), rating.isPositive(), at);
        }
        genuine.forEach(shop.ratings::record);
        for (int j = 0; j < 5; j++) {
            shop.ratings.record(genuine.get(j * 7));
            shop.ratings.record(new Rating(user(), "gone-r" + j, 5, "", START));
        }
    }

    private String user() {
        return "u" + random.nextInt(40);
    }

    private String product() {
        return String.format("p%02d", random.nextInt(60));
    }

    private Action action() {
        int r = random.nextInt(100);
        return r < 70 ? Action.VIEW : r < 85 ? Action.CART : Action.PURCHASE;
    }

    private void remember(String user, String item, boolean positive, Instant at) {
        keptByUser.computeIfAbsent(user, u -> new ArrayList<>())
                .add(new String[] {item, String.valueOf(positive), String.valueOf(at.getEpochSecond())});
    }

    /** Users with at least one kept positive. */
    Set<String> usersWithPositives() {
        Set<String> users = new HashSet<>();
        keptByUser.forEach((u, rows) -> rows.stream().filter(r -> r[1].equals("true")).findAny()
                .ifPresent(r -> users.add(u)));
        return users;
    }

    /** Under leave-one-out, users whose every event is on their latest positive item. */
    long looColdUsers() {
        return keptByUser.values().stream().filter(rows -> {
            String latest = rows.stream().filter(r -> r[1].equals("true"))
                    .max((a, b) -> Long.compare(Long.parseLong(a[2]), Long.parseLong(b[2])))
                    .map(r -> r[0]).orElse(null);
            return latest != null && rows.stream().allMatch(r -> r[0].equals(latest));
        }).count();
    }
}
