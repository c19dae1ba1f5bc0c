package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.Page;
import io.ctxrec.domain.port.ProductCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** {@link ProductCatalog} on the {@code products} table. */
final class JdbcProductCatalog implements ProductCatalog {
    private static final String SELECT = "SELECT " + ProductRows.COLUMNS + " FROM products";
    private static final int IN_CHUNK = 500;

    private final Jdbc jdbc;

    JdbcProductCatalog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Product> find(String productId) {
        return jdbc.queryOne(SELECT + " WHERE id = ?", s -> s.setString(1, productId), ProductRows::map);
    }

    @Override
    public List<Product> findAll(Collection<String> productIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(productIds));
        List<Product> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            // Only the number of placeholders is built into the SQL; the ids are bound.
            String sql = SELECT + " WHERE id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            found.addAll(jdbc.query(sql, s -> {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
            }, ProductRows::map));
        }
        return found;
    }

    @Override
    public List<Product> active() {
        return jdbc.query(SELECT + " WHERE status = ? ORDER BY id", s -> s.setString(1, Product.ACTIVE),
                ProductRows::map);
    }

    @Override
    public List<Product> all() {
        return jdbc.query(SELECT + " ORDER BY id", Jdbc.NO_PARAMETERS, ProductRows::map);
    }

    @Override
    public Page<Product> page(String category, int offset, int limit) {
        Paging.check(offset, limit);
        if (category == null) {
            List<Product> items = jdbc.query(SELECT + " ORDER BY id LIMIT ? OFFSET ?", s -> {
                s.setInt(1, limit);
                s.setInt(2, offset);
            }, ProductRows::map);
            return new Page<>(items, offset, limit, count());
        }
        List<Product> items = jdbc.query(SELECT + " WHERE category = ? ORDER BY id LIMIT ? OFFSET ?", s -> {
            s.setString(1, category);
            s.setInt(2, limit);
            s.setInt(3, offset);
        }, ProductRows::map);
        long total = jdbc.count("SELECT COUNT(*) FROM products WHERE category = ?", s -> s.setString(1, category));
        return new Page<>(items, offset, limit, total);
    }

    @Override
    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM products", Jdbc.NO_PARAMETERS);
    }
}
