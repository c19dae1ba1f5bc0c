package io.ctxrec.training.pipeline;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Supplier;

/**
 * New version ids {@code vYYYYMMDD-HHMMSS-mmm-xxxx}: the UTC start time to the millisecond, then 4 random hex
 * digits so that runs of two instances started in the same millisecond still differ. Ids sort by start time
 * as strings, which is what pruning relies on (it keeps the last ones in that order); within one process a
 * run started in the same millisecond as the one before, or under a clock set back, is stamped one
 * millisecond after it, so its ids sort in the order they were issued. (Stamped to the second, two runs in
 * one second sorted by their random digits, and pruning then kept the older one.)
 */
public final class VersionIds implements Supplier<String> {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("'v'yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Random random;
    private Instant last = Instant.MIN;

    public VersionIds(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public static VersionIds systemClock() {
        return new VersionIds(Clock.systemUTC(), new SecureRandom());
    }

    @Override
    public synchronized String get() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        last = now.isAfter(last) ? now : last.plusMillis(1);
        byte[] suffix = new byte[2];
        random.nextBytes(suffix);
        return STAMP.format(last) + "-" + HexFormat.of().formatHex(suffix);
    }
}
