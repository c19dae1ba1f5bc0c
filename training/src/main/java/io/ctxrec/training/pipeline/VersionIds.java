package io.ctxrec.training.pipeline;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Supplier;

/**
 * New version ids {@code vYYYYMMDD-HHMMSS-xxxx}: the UTC start time, then 4 random hex digits so two
 * runs started in the same second still differ. Ids sort by start time as strings (runs within one
 * second in random order), which is what pruning relies on.
 */
public final class VersionIds implements Supplier<String> {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("'v'yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Random random;

    public VersionIds(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public static VersionIds systemClock() {
        return new VersionIds(Clock.systemUTC(), new java.security.SecureRandom());
    }

    @Override
    public String get() {
        byte[] suffix = new byte[2];
        random.nextBytes(suffix);
        return STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
    }
}
