package io.ctxrec.training.data;

import io.ctxrec.domain.model.Season;
import io.ctxrec.domain.model.TimeOfDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * When views happen: a uniformly chosen day in the window and an hour weighted like a web shop's
 * traffic (quiet before dawn, busy in the evening). The shop's clock is UTC.
 */
final class DailyRhythm {
    private static final double[] HOURLY = {2, 1, 0.6, 0.4, 0.4, 0.6, 1.2, 2.2, 3, 3.6, 3.8, 3.6,
            3.4, 3.2, 3, 3, 3.2, 3.6, 4, 4.6, 5, 4.6, 3.6, 2.8};
    private static final double[] CUMULATIVE = cumulative();
    private static final long DAY = 86_400;

    private final long start;
    private final long firstMidnight;
    private final int days;

    DailyRhythm(Instant start, int days) {
        this.start = start.getEpochSecond();
        this.firstMidnight = Math.floorDiv(this.start, DAY) * DAY;
        this.days = days;
    }

    /** An epoch second in {@code [start, start + days)}. */
    long sample(SplittableRandom rng) {
        double r = rng.nextDouble() * CUMULATIVE[23];
        int hour = 0;
        while (r >= CUMULATIVE[hour] && hour < 23) {
            hour++;
        }
        long t = firstMidnight + rng.nextInt(days) * DAY + hour * 3600L + rng.nextInt(3600);
        return t < start ? t + DAY : t;
    }

    static TimeOfDay timeOfDay(long epochSecond) {
        return TimeOfDay.ofHour((int) (Math.floorMod(epochSecond, DAY) / 3600));
    }

    static Season season(long epochSecond) {
        return Season.ofMonth(LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY)).getMonthValue());
    }

    private static double[] cumulative() {
        double[] c = new double[HOURLY.length];
        double sum = 0;
        for (int h = 0; h < HOURLY.length; h++) {
            sum += HOURLY[h];
            c[h] = sum;
        }
        return c;
    }
}
