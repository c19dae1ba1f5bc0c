package io.ctxrec.adapters.jdbc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A JDBC url completed with the flags the schema and the adapters rely on, and its driver. An H2 url
 * gets {@code MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE} appended where
 * missing (and is refused if it sets them otherwise); a MySQL url gets
 * {@code rewriteBatchedStatements=true} unless it says otherwise, so batches travel as multi-row inserts.
 */
record JdbcUrl(String url, String driverClassName) {

    private static final Map<String, String> H2_FLAGS = new LinkedHashMap<>();

    static {
        H2_FLAGS.put("MODE", "MySQL");
        H2_FLAGS.put("DATABASE_TO_LOWER", "TRUE");
        H2_FLAGS.put("CASE_INSENSITIVE_IDENTIFIERS", "TRUE");
    }

    /**
     * H2 closes a database from its own JVM shutdown hook by default, under requests still running; the
     * service closes it itself once they are done (see {@link Database#close()}). H2 refuses the flag
     * together with {@code AUTO_SERVER=TRUE} (the embedded default's file database, which {@code train} may
     * open beside {@code serve}): such a url is left to H2's own hook.
     */
    private static final String CLOSE_ON_EXIT = "DB_CLOSE_ON_EXIT";
    private static final String AUTO_SERVER = "AUTO_SERVER";

    static JdbcUrl of(String url) {
        return of(url, 0);
    }

    /** {@code connectTimeoutMillis}: a MySQL url without a connectTimeout gets this one (0: none added). */
    static JdbcUrl of(String url, long connectTimeoutMillis) {
        if (url.startsWith("jdbc:h2:")) {
            return new JdbcUrl(completeH2(url), "org.h2.Driver");
        }
        if (url.startsWith("jdbc:mysql:")) {
            String mysql = completeMySql(url);
            if (connectTimeoutMillis > 0 && !mysql.toLowerCase(Locale.ROOT).contains("connecttimeout=")) {
                mysql = mysql + "&connectTimeout=" + connectTimeoutMillis;
            }
            return new JdbcUrl(mysql, "com.mysql.cj.jdbc.Driver");
        }
        throw new IllegalArgumentException("database url must start with jdbc:h2: or jdbc:mysql:, was " + url);
    }

    private static String completeH2(String url) {
        Map<String, String> given = new LinkedHashMap<>();
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            given.put(kv[0].trim().toUpperCase(Locale.ROOT), kv.length > 1 ? kv[1].trim() : "");
        }
        StringBuilder out = new StringBuilder(url);
        H2_FLAGS.forEach((key, value) -> {
            String actual = given.get(key);
            if (actual == null) {
                out.append(';').append(key).append('=').append(value);
            } else if (!actual.equalsIgnoreCase(value)) {
                throw new IllegalArgumentException("H2 database url must have " + key + "=" + value
                        + " (the schema is written for MySQL mode), was " + key + "=" + actual);
            }
        });
        if (!given.containsKey(CLOSE_ON_EXIT) && !"TRUE".equalsIgnoreCase(given.get(AUTO_SERVER))) {
            out.append(';').append(CLOSE_ON_EXIT).append("=FALSE");
        }
        return out.toString();
    }

    private static String completeMySql(String url) {
        if (url.toLowerCase(Locale.ROOT).contains("rewritebatchedstatements=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }
}
