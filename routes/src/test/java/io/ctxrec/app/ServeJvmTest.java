package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeJvmTest {
    private static final String CONFIGURED = " -XX:+UseG1GC  -Xmx1g ";

    @Test
    void aPlainJvmRunsAgainWithTheConfiguredOptions() {
        assertThat(ServeJvm.relaunchWith(CONFIGURED, List.of())).containsExactly("-XX:+UseG1GC", "-Xmx1g");
        assertThat(ServeJvm.relaunchWith(CONFIGURED, List.of("-Dctxrec.http.port=9090")))
                .containsExactly("-XX:+UseG1GC", "-Xmx1g");
    }

    @Test
    void aJvmWithACollectorOrHeapOfItsOwn_orNoSetting_servesAsStarted() {
        assertThat(ServeJvm.relaunchWith(CONFIGURED, List.of("-XX:+UseZGC"))).isEmpty();
        assertThat(ServeJvm.relaunchWith(CONFIGURED, List.of("-Dx=1", "-Xmx512m"))).isEmpty();
        assertThat(ServeJvm.relaunchWith("", List.of())).isEmpty();
        assertThat(ServeJvm.relaunchWith(null, List.of())).isEmpty();
    }

    @Test
    void theNativeHeapTrimIsLeftOutWhereThisJavaHasNone() {
        List<String> options = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=10000", "-Xmx1g");
        assertThat(ServeJvm.supported(options, Runtime.Version.parse("17.0.15+6"))).isEqualTo(options);
        assertThat(ServeJvm.supported(options, Runtime.Version.parse("21.0.1"))).isEqualTo(options);
        assertThat(ServeJvm.supported(options, Runtime.Version.parse("25"))).isEqualTo(options);
        assertThat(ServeJvm.supported(options, Runtime.Version.parse("17.0.8")))
                .containsExactly("-XX:+UnlockExperimentalVMOptions", "-Xmx1g");
        assertThat(ServeJvm.supported(options, Runtime.Version.parse("19.0.2")))
                .containsExactly("-XX:+UnlockExperimentalVMOptions", "-Xmx1g");
    }

    @Test
    void theJvmServeRanItselfAgainInNeverRunsItselfAgain() {
        assertThat(ServeJvm.relaunchWith("-XX:MaxGCPauseMillis=50", List.of())).containsExactly("-XX:MaxGCPauseMillis=50");
        assertThat(ServeJvm.relaunchWith("-XX:MaxGCPauseMillis=50", List.of(ServeJvm.RELAUNCHED))).isEmpty();
        assertThat(ServeJvm.commandWith(List.of("-Xmx1g"))).containsSubsequence("-Xmx1g", ServeJvm.RELAUNCHED);
    }

    @Test
    void theChildsGlibcArenasAreBoundedUnlessTheEnvironmentSaysOtherwise() {
        assertThat(ServeJvm.environment(Map.of("PATH", "/usr/bin"))).containsExactly(Map.entry("MALLOC_ARENA_MAX", "2"));
        assertThat(ServeJvm.environment(Map.of("MALLOC_ARENA_MAX", "8"))).isEmpty();
    }
}
