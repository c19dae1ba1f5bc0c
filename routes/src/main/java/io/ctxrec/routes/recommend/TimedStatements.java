package io.ctxrec.routes.recommend;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import org.apache.camel.component.jdbc.DefaultJdbcPrepareStatementStrategy;

/**
 * camel-jdbc's statements of the request path, each limited to {@code ctxrec.db.query-timeout-seconds}.
 * The endpoint's {@code statement.queryTimeout} option did the same through Camel's property binding, which
 * looked the statement's setters up by reflection on every request (its class's methods copied each time: a
 * twentieth of what an init allocated); this sets the timeout directly as each statement is filled in (camel-jdbc
 * fills in a statement that has parameters: the user's rows have one, the user id).
 */
public final class TimedStatements extends DefaultJdbcPrepareStatementStrategy {
    /** The registry name camel-jdbc's endpoint URI refers to ({@code prepareStatementStrategy=#...}). */
    public static final String BEAN = "ctxrecTimedStatements";

    private final int timeoutSeconds;

    /** @param timeoutSeconds longest a statement may run; 0: no limit (JDBC's own meaning of 0) */
    public TimedStatements(int timeoutSeconds) {
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("query timeout must not be negative, was " + timeoutSeconds);
        }
        this.timeoutSeconds = timeoutSeconds;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    @Override
    public void populateStatement(PreparedStatement ps, Iterator<?> iterator, int expectedParams) throws SQLException {
        ps.setQueryTimeout(timeoutSeconds);
        super.populateStatement(ps, iterator, expectedParams);
    }
}
