package io.ctxrec.domain.fallback;

import java.util.Locale;

/** Why an item is in a recommendation list. */
public enum Reason {
    MODEL, SAME_CATEGORY, SAME_BRAND, POPULAR;

    /** model, same-category, same-brand, popular: the words of the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Reason parse(String code) {
        for (Reason r : values()) {
            if (r.code().equals(code) || r.name().equalsIgnoreCase(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reason '" + code + "'");
    }
}
