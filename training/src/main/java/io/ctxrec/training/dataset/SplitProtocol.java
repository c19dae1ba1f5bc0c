package io.ctxrec.training.dataset;

import java.util.Locale;

/**
 * How each user's events are divided into training and test. {@code SPLIT}: the latest fraction of
 * the user's events (by time) is test, stretched back to the user's latest positive if it holds none.
 * {@code LOO}: the user's latest positive is held out, with every other event of that user on that
 * item, so a cart row of the same purchase cannot give the answer away (He et al. 2017).
 */
public enum SplitProtocol {
    SPLIT, LOO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses split or loo (any case); anything else is an error that names the value. */
    public static SplitProtocol parse(String value) {
        if (value != null) {
            for (SplitProtocol p : values()) {
                if (p.name().equalsIgnoreCase(value.trim())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("protocol must be split or loo, was '" + value + "'");
    }
}
