package io.ctxrec.domain.model;

import java.util.Locale;

/** The device a request or an interaction came from; UNKNOWN where a data source does not say. */
public enum DeviceType {
    MOBILE, DESKTOP, TABLET, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses mobile, desktop or tablet (any case); unknown is accepted for imported data. */
    public static DeviceType parse(String value) {
        if (value != null) {
            for (DeviceType d : values()) {
                if (d.name().equalsIgnoreCase(value.trim())) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("deviceType must be mobile, desktop or tablet, was '" + value + "'");
    }

    /** Guesses the device from a User-Agent header; desktop when there is none. */
    public static DeviceType fromUserAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return DESKTOP;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("ipad") || ua.contains("tablet") || (ua.contains("android") && !ua.contains("mobile"))) {
            return TABLET;
        }
        if (ua.contains("mobi") || ua.contains("iphone") || ua.contains("ipod")) {
            return MOBILE;
        }
        return DESKTOP;
    }
}
