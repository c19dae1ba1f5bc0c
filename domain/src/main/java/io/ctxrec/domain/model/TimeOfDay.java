package io.ctxrec.domain.model;

import java.util.Locale;

/** Part of the day: morning 05–11, afternoon 12–16, evening 17–21, night 22–04. */
public enum TimeOfDay {
    MORNING, AFTERNOON, EVENING, NIGHT;

    public static TimeOfDay ofHour(int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be 0..23, was " + hour);
        }
        if (hour >= 5 && hour < 12) {
            return MORNING;
        }
        if (hour >= 12 && hour < 17) {
            return AFTERNOON;
        }
        if (hour >= 17 && hour < 22) {
            return EVENING;
        }
        return NIGHT;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
