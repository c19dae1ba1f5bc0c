package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @Test
    void anH2UrlGetsTheMySqlModeFlagsItLacks() {
        JdbcUrl url = JdbcUrl.of("jdbc:h2:mem:shop;DATABASE_TO_LOWER=true");

        assertThat(url.url()).isEqualTo("jdbc:h2:mem:shop;DATABASE_TO_LOWER=true;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(url.driverClassName()).isEqualTo("org.h2.Driver");
    }

    @Test
    void anAutoServerH2UrlIsNotGivenTheCloseOnExitFlagH2RefusesWithIt() throws Exception {
        String file = java.nio.file.Files.createTempDirectory("jdbcurl").resolve("db").toString();
        JdbcUrl url = JdbcUrl.of("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE");

        assertThat(url.url()).doesNotContain("DB_CLOSE_ON_EXIT");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url.url(), "sa", "")) {
            assertThat(c.isValid(1)).as("H2 opens the completed url").isTrue();
        }
    }

    @Test
    void anH2UrlInAnotherModeIsRefusedByName() {
        assertThatThrownBy(() -> JdbcUrl.of("jdbc:h2:./data/shop;MODE=PostgreSQL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MODE=MySQL")
                .hasMessageContaining("was MODE=PostgreSQL");
    }

    @Test
    void aMySqlUrlGetsBatchRewritingUnlessItSaysOtherwise() {
        assertThat(JdbcUrl.of("jdbc:mysql://db:3306/shop").url())
                .isEqualTo("jdbc:mysql://db:3306/shop?rewriteBatchedStatements=true");
        assertThat(JdbcUrl.of("jdbc:mysql://db:3306/shop?useSSL=false").url())
                .isEqualTo("jdbc:mysql://db:3306/shop?useSSL=false&rewriteBatchedStatements=true");
        assertThat(JdbcUrl.of("jdbc:mysql://db/shop?rewriteBatchedStatements=false").url())
                .isEqualTo("jdbc:mysql://db/shop?rewriteBatchedStatements=false");
        assertThat(JdbcUrl.of("jdbc:mysql://db/shop").driverClassName()).isEqualTo("com.mysql.cj.jdbc.Driver");
    }

    @Test
    void anyOtherDatabaseIsRefused() {
        assertThatThrownBy(() -> JdbcUrl.of("jdbc:postgresql://db/shop"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:h2: or jdbc:mysql:");
    }

    @Test
    void settingsNeverPrintThePasswordAndRejectAnEmptyPool() {
        assertThat(new DatabaseSettings("jdbc:h2:mem:x", "sa", "s3cret", 2).toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "sa", "", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPoolSize");
        assertThatThrownBy(() -> new DatabaseSettings(" ", "sa", "", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    }
}
