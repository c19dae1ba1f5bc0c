package io.ctxrec.domain.model;

import java.util.Locale;

/** Meteorological season of the northern hemisphere: winter is December to February. */
public enum Season {
    WINTER, SPRING, SUMMER, AUTUMN;

    public static Season ofMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        return switch (month) {
            case 12, 1, 2 -> WINTER;
            case 3, 4, 5 -> SPRING;
            case 6, 7, 8 -> SUMMER;
            default -> AUTUMN;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
