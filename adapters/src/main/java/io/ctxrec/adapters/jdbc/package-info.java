/**
 * JDBC persistence of the domain's out-ports on embedded H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.
 *
 * <p>Open a {@link io.ctxrec.adapters.jdbc.Database} (pool + Flyway migrations in {@code db/migration}) and
 * get the ports from {@link io.ctxrec.adapters.jdbc.JdbcAdapters}; every adapter class is package-private.
 *
 * <ul>
 *   <li>Foreign keys: interactions and comments reference users and products, so load users and products
 *       first ({@code ShopDataLoader} does); recommendations, model_runs and the encoder tables have none
 *       (a cache, a log, and rows written before or after their version is registered).</li>
 *   <li>Times: DATETIME(3) holding UTC, cut to the millisecond, bound as text (see {@code Columns} for why).</li>
 *   <li>Ids compare case-sensitively on both databases (utf8mb4_bin).</li>
 *   <li>The caller's mistakes (unknown user or product, value longer than its column) are
 *       {@link java.lang.IllegalArgumentException}s; database failures are {@link io.ctxrec.adapters.jdbc.DatabaseException}s.</li>
 * </ul>
 */
package io.ctxrec.adapters.jdbc;
