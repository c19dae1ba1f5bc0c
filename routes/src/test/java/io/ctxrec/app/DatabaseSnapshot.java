package io.ctxrec.app;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Every table's row count and a SHA-256 over its rows in primary-key order: equal snapshots, equal data. */
final class DatabaseSnapshot {
    private DatabaseSnapshot() {
    }

    /** Table name to "rows:N sha256:...". */
    static Map<String, String> of(DataSource dataSource) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet t = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (t.next()) {
                    names.add(t.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                tables.put(table.toLowerCase(Locale.ROOT), digest(c, table));
            }
        }
        return tables;
    }

    private static String digest(Connection c, String table) throws SQLException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    sha.update(String.valueOf(r.getString(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
        }
        return "rows:" + rows + " sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
