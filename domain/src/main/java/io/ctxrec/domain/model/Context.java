package io.ctxrec.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The situation of an interaction or a request: time of day, season, device and product category,
 * plus any extra features a data source brings (DePaulMovie's Time, Location, Companion).
 */
public record Context(TimeOfDay timeOfDay, Season season, DeviceType deviceType, String category,
                      Map<String, String> extra) {

    public static final String TIME_OF_DAY = "time_of_day";
    public static final String SEASON = "season";
    public static final String DEVICE_TYPE = "device_type";
    public static final String CATEGORY = "category";

    public Context {
        Objects.requireNonNull(timeOfDay, "timeOfDay");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(deviceType, "deviceType");
        extra = extra == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(extra));
    }

    /** Derives the context in one place from a moment (read in {@code zone}), a device and a product category. */
    public static Context of(Instant at, ZoneId zone, DeviceType device, String category) {
        ZonedDateTime local = at.atZone(zone);
        return new Context(TimeOfDay.ofHour(local.getHour()), Season.ofMonth(local.getMonthValue()),
                device, category, Map.of());
    }

    /** The context of an interaction on a product. */
    public static Context of(Interaction interaction, ZoneId zone, String category) {
        Context c = of(interaction.at(), zone, interaction.deviceType(), category);
        return c.withExtra(interaction.extraContext());
    }

    public Context withExtra(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(extra);
        merged.putAll(more);
        return new Context(timeOfDay, season, deviceType, category, merged);
    }

    public Context withCategory(String newCategory) {
        return new Context(timeOfDay, season, deviceType, newCategory, extra);
    }

    /** Feature name to value, the four standard features first, then the extra ones sorted by name. */
    public Map<String, String> features() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(TIME_OF_DAY, timeOfDay.code());
        f.put(SEASON, season.code());
        f.put(DEVICE_TYPE, deviceType.code());
        f.put(CATEGORY, category);
        extra.keySet().stream().sorted().forEach(k -> f.put(k, extra.get(k)));
        return f;
    }
}
