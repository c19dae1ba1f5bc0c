package io.ctxrec.domain.model;

import java.util.Locale;

/** What a user did with a product; cart and purchase are the positive signals. */
public enum Action {
    VIEW, CART, PURCHASE;

    public boolean isPositive() {
        return this != VIEW;
    }

    /** The lower-case name used in the database and the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses view, cart or purchase (any case); anything else is an error that names the value. */
    public static Action parse(String value) {
        if (value != null) {
            for (Action a : values()) {
                if (a.name().equalsIgnoreCase(value.trim())) {
                    return a;
                }
            }
        }
        throw new IllegalArgumentException("action must be view, cart or purchase, was '" + value + "'");
    }
}
