package io.ctxrec.training.data;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays one user's funnel until their rows are used up: each event is a view; a better taste match
 * makes a cart (1-10 minutes later) and then a purchase (1-30 minutes after the cart) more likely;
 * half of the purchases get a rating 1-14 days later. The last funnel is cut short when the rows run
 * out, which keeps the order view, cart, purchase.
 */
final class ShopperSession {
    private final Catalog catalog;
    private final ProductChooser chooser;
    private final DailyRhythm clock;
    private final Shopper shopper;
    private final List<Interaction> rows = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();

    ShopperSession(Catalog catalog, ProductChooser chooser, DailyRhythm clock, Shopper shopper) {
        this.catalog = catalog;
        this.chooser = chooser;
        this.clock = clock;
        this.shopper = shopper;
    }

    Activity run(SplittableRandom rng) {
        while (rows.size() < shopper.rows()) {
            long t = clock.sample(rng);
            int device = device(rng);
            int p = chooser.choose(ContextIndex.of(device, DailyRhythm.timeOfDay(t), DailyRhythm.season(t)), rng);
            funnel(p, ContextIndex.DEVICES[device], t, rng);
        }
        return new Activity(rows, ratings);
    }

    private void funnel(int p, DeviceType device, long t, SplittableRandom rng) {
        double match = Latent.dot(shopper.taste(), catalog.vectors()[p]);
        double appeal = 1 / (1 + Math.exp(-4 * (match - 0.3)));
        add(p, Action.VIEW, device, t);
        if (full() || rng.nextDouble() >= 0.04 + 0.36 * appeal) {
            return;
        }
        t += 60 + rng.nextInt(540);
        add(p, Action.CART, device, t);
        if (full() || rng.nextDouble() >= 0.25 + 0.45 * appeal) {
            return;
        }
        t += 60 + rng.nextInt(1740);
        add(p, Action.PURCHASE, device, t);
        if (rng.nextBoolean()) {
            Instant at = Instant.ofEpochSecond(t + 86_400L * (1 + rng.nextInt(14)));
            ratings.add(Reviews.rate(shopper.user().id(), productId(p), match, at, rng));
        }
    }

    private int device(SplittableRandom rng) {
        double r = rng.nextDouble();
        double[] p = shopper.devices();
        return r < p[0] ? 0 : r < p[0] + p[1] ? 1 : 2;
    }

    private boolean full() {
        return rows.size() >= shopper.rows();
    }

    private void add(int p, Action action, DeviceType device, long epochSecond) {
        rows.add(new Interaction(shopper.user().id(), productId(p), action, device, Instant.ofEpochSecond(epochSecond)));
    }

    private String productId(int p) {
        return catalog.products().get(p).id();
    }
}
