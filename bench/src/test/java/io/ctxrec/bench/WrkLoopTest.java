package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrkLoopTest {

    @Test
    void luaLiteralsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(WrkLoop.lua("plain")).isEqualTo("'plain'");
        assertThat(WrkLoop.lua("it's")).isEqualTo("'it\\'s'");
        assertThat(WrkLoop.lua("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(WrkLoop.lua("line\nnext\t")).isEqualTo("'line\\nnext\\009'");
        assertThat(WrkLoop.lua("{\"source\":\"cache\"}")).isEqualTo("'{\"source\":\"cache\"}'");
    }

    @Test
    void theScriptCyclesOverTheUsersAndSendsTheBodyAsJson() {
        WrkLoop loop = new WrkLoop(URI.create("http://127.0.0.1:1"), List.of("u1", "o'brien"), Path.of("."));
        String post = loop.script(new WrkLoop.Scenario("POST", "/api/recommendations/init",
                "{\"userId\":\"{user}\",\"limit\":10}", "\"source\":\"model\""));
        assertThat(post).contains("local users = {'u1', 'o\\'brien'}")
                .contains("users[(n % #users) + 1]")
                .contains("wrk.format('POST', path, {['Content-Type'] = 'application/json'}, body)")
                .contains("string.find(body, '\"source\":\"model\"', 1, true)")
                .contains("WRK requests=%d errors=%d bad=%d shed=%d")
                .contains("if status == 503 and string.find(body, '\"code\":\"overloaded\"', 1, true) then shed = shed + 1");
        String get = loop.script(new WrkLoop.Scenario("GET", "/api/recommendations/list?userId={user}", null, "x"));
        assertThat(get).contains("return wrk.format('GET', path)").doesNotContain("Content-Type");
    }
}
