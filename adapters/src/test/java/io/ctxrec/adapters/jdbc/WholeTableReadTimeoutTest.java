package io.ctxrec.adapters.jdbc;

import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The training's pages through whole tables are no request: they run without the request's query timeout. */
class WholeTableReadTimeoutTest {
    private final List<Integer> timeouts = new CopyOnWriteArrayList<>();
    private Database database;
    private JdbcAdapters adapters;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabase.h2().settings());
        adapters = new JdbcAdapters(recordingTimeouts(database.dataSource()), Clock.systemUTC(), 2);
        adapters.shopDataLoader().load(new ShopData(List.of(new User("u1", "User u1")), List.of(aProduct("p1").build()),
                List.of(new Interaction("u1", "p1", Action.VIEW, DeviceType.MOBILE, Instant.parse("2026-01-05T10:00:00Z"))),
                List.of()));
        timeouts.clear();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRequestsReadIsLimitedToTheQueryTimeout() {
        adapters.interactionHistory().forUser("u1");
        adapters.ratings().forProduct("p1", 5);

        assertThat(timeouts).isNotEmpty().containsOnly(2);
    }

    @Test
    void readingEveryInteractionAndRatingSetsNoTimeout() {
        List<Interaction> read = new ArrayList<>();

        adapters.interactionHistory().forEach(read::add);
        adapters.ratings().forEach(r -> { });

        assertThat(read).hasSize(1);
        assertThat(timeouts).isEmpty();
    }

    private DataSource recordingTimeouts(DataSource real) {
        return proxy(DataSource.class, real, (method, result) -> method.equals("getConnection")
                ? proxy(Connection.class, result, (m, statement) -> m.equals("prepareStatement")
                        ? proxy(PreparedStatement.class, statement, null) : statement)
                : result);
    }

    private interface Wrap {
        Object wrap(String method, Object result);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, Object target, Wrap wrap) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (type == PreparedStatement.class && method.getName().equals("setQueryTimeout")) {
                timeouts.add((Integer) args[0]);
            }
            try {
                Object result = method.invoke(target, args);
                return wrap == null ? result : wrap.wrap(method.getName(), result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
