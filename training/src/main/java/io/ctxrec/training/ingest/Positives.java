package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Action;
import java.util.Locale;

/**
 * Which rated rows (MovieLens, DePaulMovie) count as positive implicit feedback. {@code THRESHOLD}: four
 * or five stars, the import's default. {@code ALL}: every rating, as in He et al.'s NCF experiments,
 * where having rated a movie at all is the signal.
 */
public enum Positives {
    THRESHOLD, ALL;

    Action actionFor(int stars) {
        return this == ALL ? Action.PURCHASE : Movies.actionFor(stars);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses all or threshold (any case); anything else is an error that names the value. */
    public static Positives parse(String value) {
        for (Positives p : values()) {
            if (value != null && p.name().equalsIgnoreCase(value.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("--positives must be all or threshold, was '" + value + "'");
    }
}
