package io.ctxrec.training.data;

import static io.ctxrec.domain.model.Season.AUTUMN;
import static io.ctxrec.domain.model.Season.SPRING;
import static io.ctxrec.domain.model.Season.SUMMER;
import static io.ctxrec.domain.model.Season.WINTER;
import static io.ctxrec.domain.model.TimeOfDay.AFTERNOON;
import static io.ctxrec.domain.model.TimeOfDay.EVENING;
import static io.ctxrec.domain.model.TimeOfDay.MORNING;
import static io.ctxrec.domain.model.TimeOfDay.NIGHT;

import io.ctxrec.domain.model.Season;
import io.ctxrec.domain.model.TimeOfDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated categories. The first ten carry hand-written context effects (mobile at night favours
 * fashion, beauty and toys; desktop mornings electronics and books; summer the outdoor ones; winter
 * home and electronics); any further category gets small random effects from the seed.
 */
final class CategoryProfiles {
    static final int MOBILE = 0;
    static final int DESKTOP = 1;
    static final int TABLET = 2;
    private static final List<String> EXTRA_NAMES = List.of("music", "pets", "automotive", "office",
            "health", "jewelry", "baby", "tools", "games", "kitchen");
    private static final List<String> GENERIC_NOUNS = List.of("Set", "Kit", "Pack", "Bundle", "Box");

    private CategoryProfiles() {
    }

    static List<CategoryProfile> create(int count, SplittableRandom rng) {
        List<CategoryProfile> all = new ArrayList<>(base());
        while (all.size() > count) {
            all.remove(all.size() - 1);
        }
        for (int i = all.size(); i < count; i++) {
            all.add(randomProfile(i, rng));
        }
        return all;
    }

    private static List<CategoryProfile> base() {
        return List.of(
                new CategoryProfile("electronics", 150, List.of("Headphones", "Speaker", "Charger", "Monitor"))
                        .on(DESKTOP, MORNING, 1.0).in(WINTER, 0.8).in(SUMMER, -0.3),
                new CategoryProfile("books", 15, List.of("Novel", "Cookbook", "Guide", "Atlas"))
                        .on(DESKTOP, MORNING, 1.0).on(TABLET, EVENING, 0.5),
                nightMobile(new CategoryProfile("fashion", 45, List.of("Shoe", "Jacket", "Shirt", "Scarf"))),
                new CategoryProfile("home", 60, List.of("Lamp", "Blanket", "Vase", "Cushion"))
                        .in(WINTER, 1.0).on(DESKTOP, AFTERNOON, 0.3),
                summery(new CategoryProfile("sports", 50, List.of("Ball", "Racket", "Bottle", "Mat"))),
                nightMobile(new CategoryProfile("beauty", 20, List.of("Serum", "Lipstick", "Cream", "Palette"))),
                nightMobile(new CategoryProfile("toys", 25, List.of("Puzzle", "Robot", "Doll", "Blocks"))),
                new CategoryProfile("grocery", 6, List.of("Coffee", "Tea", "Granola", "Olive Oil"))
                        .on(MOBILE, AFTERNOON, 0.3),
                summery(new CategoryProfile("garden", 35, List.of("Hose", "Planter", "Shears", "Seeds"))),
                summery(new CategoryProfile("outdoor", 80, List.of("Tent", "Backpack", "Trail Shoe", "Lantern"))));
    }

    private static CategoryProfile nightMobile(CategoryProfile p) {
        return p.on(MOBILE, NIGHT, 1.0).on(MOBILE, EVENING, 0.5).on(DESKTOP, MORNING, -0.5);
    }

    private static CategoryProfile summery(CategoryProfile p) {
        return p.in(SUMMER, 1.0).in(SPRING, 0.5).in(AUTUMN, -0.2).in(WINTER, -0.8);
    }

    private static CategoryProfile randomProfile(int index, SplittableRandom rng) {
        int extra = index - 10;
        String name = extra < EXTRA_NAMES.size() ? EXTRA_NAMES.get(extra) : "category-" + (index + 1);
        CategoryProfile p = new CategoryProfile(name, 10 + rng.nextDouble(90), GENERIC_NOUNS);
        for (int d = 0; d < ContextIndex.DEVICES.length; d++) {
            for (TimeOfDay t : TimeOfDay.values()) {
                p.on(d, t, rng.nextDouble(-0.5, 0.5));
            }
        }
        for (Season s : Season.values()) {
            p.in(s, rng.nextDouble(-0.5, 0.5));
        }
        return p;
    }
}
