package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupBannerTest {

    @Test
    void aGeneratedTokenIsPrintedInTheBoxWithThePagesAddress() {
        String box = StartupBanner.text("http://localhost:8080/", Optional.of("abc123"));

        assertThat(box).contains("| Web page:     http://localhost:8080/ ").contains("| Admin token:  abc123 ");
        assertThat(box.lines().filter(l -> !l.isEmpty()).map(String::length).distinct())
                .as("every line of the box as wide as its rule").hasSize(1);
    }

    @Test
    void aConfiguredTokenIsNotPrinted() {
        assertThat(StartupBanner.text("http://localhost:8080/", Optional.empty())).contains("as configured");
    }

    @Test
    void aWildcardHostIsReachedAsLocalhost() {
        assertThat(StartupBanner.pageUrl("0.0.0.0", "9090")).isEqualTo("http://localhost:9090/");
        assertThat(StartupBanner.pageUrl("127.0.0.1", "9090")).isEqualTo("http://127.0.0.1:9090/");
    }
}
