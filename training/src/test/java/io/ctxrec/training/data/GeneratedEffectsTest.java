package io.ctxrec.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Season;
import io.ctxrec.domain.model.TimeOfDay;
import io.ctxrec.domain.port.ShopData;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The effects a recommender should be able to learn are really in the data, and only when switched on. */
class GeneratedEffectsTest {
    private static final GeneratorSettings BASE = GeneratorSettings.small().withSize(2_000, 300, 150_000);
    private static final Set<String> NIGHT_MOBILE = Set.of("fashion", "beauty", "toys");
    private static final Set<String> SUMMERY = Set.of("sports", "garden", "outdoor");

    @Test
    void strongContextMakesMobileNightPurchasesLeanToFashionBeautyAndToys() {
        ShopData data = new ShopGenerator().generate(BASE.withStrengths(3, 3));
        double mobileNight = share(data, NIGHT_MOBILE, Action.PURCHASE, DeviceType.MOBILE, TimeOfDay.NIGHT);
        double desktopMorning = share(data, NIGHT_MOBILE, Action.PURCHASE, DeviceType.DESKTOP, TimeOfDay.MORNING);
        assertThat(mobileNight).isGreaterThan(desktopMorning * 2);
    }

    @Test
    void withoutContextStrengthTheShareIsTheSameAtAnyTimeOnAnyDevice() {
        ShopData data = new ShopGenerator().generate(BASE.withStrengths(3, 0));
        double mobileNight = share(data, NIGHT_MOBILE, Action.PURCHASE, DeviceType.MOBILE, TimeOfDay.NIGHT);
        double desktopMorning = share(data, NIGHT_MOBILE, Action.PURCHASE, DeviceType.DESKTOP, TimeOfDay.MORNING);
        assertThat(mobileNight).isCloseTo(desktopMorning, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void defaultContextMakesSummerViewsLeanToOutdoorCategories() {
        ShopData data = new ShopGenerator().generate(BASE.withStrengths(3, 1.5));
        double summer = seasonShare(data, SUMMERY, Season.SUMMER);
        double winter = seasonShare(data, SUMMERY, Season.WINTER);
        assertThat(summer).isGreaterThan(winter * 2);
    }

    @Test
    void strongTasteConcentratesEachUsersViewsOnFewerCategories() {
        double strong = topCategoryShare(new ShopGenerator().generate(BASE.withStrengths(5, 0)));
        double usual = topCategoryShare(new ShopGenerator().generate(BASE.withStrengths(3, 0)));
        double none = topCategoryShare(new ShopGenerator().generate(BASE.withStrengths(0, 0)));
        assertThat(usual).isGreaterThan(none + 0.1);
        assertThat(strong).isGreaterThan(usual + 0.1);
    }

    private static double share(ShopData data, Set<String> categories, Action action, DeviceType device,
                                TimeOfDay timeOfDay) {
        return share(data, categories, i -> i.action() == action && i.deviceType() == device
                && TimeOfDay.ofHour(i.at().atZone(ZoneOffset.UTC).getHour()) == timeOfDay);
    }

    private static double seasonShare(ShopData data, Set<String> categories, Season season) {
        return share(data, categories, i -> i.action() == Action.VIEW
                && Season.ofMonth(i.at().atZone(ZoneOffset.UTC).getMonthValue()) == season);
    }

    private static double share(ShopData data, Set<String> categories, Predicate<Interaction> which) {
        Map<String, String> categoryOf = categories(data);
        List<Interaction> chosen = data.interactions().stream().filter(which).toList();
        assertThat(chosen).hasSizeGreaterThan(300);
        return chosen.stream().filter(i -> categories.contains(categoryOf.get(i.productId()))).count()
                / (double) chosen.size();
    }

    /** Mean over users of the share of their views that fall in their most viewed category. */
    private static double topCategoryShare(ShopData data) {
        Map<String, String> categoryOf = categories(data);
        Collection<List<Interaction>> byUser = data.interactions().stream().filter(i -> i.action() == Action.VIEW)
                .collect(Collectors.groupingBy(Interaction::userId)).values();
        return byUser.stream().mapToDouble(views -> {
            Map<String, Long> perCategory = views.stream()
                    .collect(Collectors.groupingBy(i -> categoryOf.get(i.productId()), Collectors.counting()));
            return perCategory.values().stream().mapToLong(Long::longValue).max().orElse(0) / (double) views.size();
        }).average().orElse(0);
    }

    private static Map<String, String> categories(ShopData data) {
        return data.products().stream().collect(Collectors.toMap(Product::id, Product::category));
    }
}
