package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedStatementsTest {
    @Test
    void aStatementIsFilledInWithItsParametersAndTheTimeout() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:timed;MODE=MySQL");
             PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS VARCHAR) || '!'")) {
            assertThat(ps.getQueryTimeout()).isZero();

            new TimedStatements(3).populateStatement(ps, List.of("u00001").iterator(), 1);

            assertThat(ps.getQueryTimeout()).isEqualTo(3);
            try (ResultSet r = ps.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("u00001!");
            }
        }
    }

    @Test
    void noLimitIsZeroAndANegativeTimeoutIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:timed0;MODE=MySQL");
             PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS VARCHAR)")) {
            ps.setQueryTimeout(5);
            new TimedStatements(0).populateStatement(ps, List.of("x").iterator(), 1);
            assertThat(ps.getQueryTimeout()).isZero();
        }
        assertThatThrownBy(() -> new TimedStatements(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
