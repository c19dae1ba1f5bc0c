package io.ctxrec.adapters.jdbc;

/**
 * Where the database is and how large its connection pool may grow.
 *
 * @param url         {@code jdbc:h2:...} (embedded) or {@code jdbc:mysql://...} (MySQL 8 / MariaDB 10.11)
 * @param user        login; null means none
 * @param password    password; null means none
 * @param maxPoolSize most connections held open at once, at least 1
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize) {

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("database url is required");
        }
        url = url.trim();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("database maxPoolSize must be at least 1, was " + maxPoolSize);
        }
    }

    /** Never prints the password: settings end up in logs. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=***, maxPoolSize=" + maxPoolSize + "]";
    }
}
