package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServeRowTest {
    private final ServeClient client = new ServeClient(URI.create("http://127.0.0.1:18080"), "token");

    @Test
    void theFloorRowAsksForLivenessWhichVertxAnswersWithoutARoute() {
        ServeRow floor = ServeRow.floor(client, "");
        assertThat(floor.name()).isEqualTo("live-floor");
        assertThat(floor.wrk().method()).isEqualTo("GET");
        assertThat(floor.wrk().path()).isEqualTo("/health/live");
        assertThat(floor.wrk().body()).isNull();
        // what AvailabilityGate answers (AvailabilityOverHttpTest checks that body over HTTP)
        assertThat("{\"status\":\"UP\"}").contains(floor.wrk().expected());
        HttpRequest request = floor.request().apply(7);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.uri()).isEqualTo(URI.create("http://127.0.0.1:18080/health/live"));
    }

    @Test
    void theListRowExpectsTheCacheAndTheInitRowTheModels() {
        List<String> ids = List.of("u1", "u2");
        ServeRow list = ServeRow.list(client, ids, "");
        assertThat(list.wrk().expected()).isEqualTo("\"source\":\"cache\"");
        assertThat(list.request().apply(1).uri().getQuery()).isEqualTo("limit=10&userId=u2");
        ServeRow init = ServeRow.init(client, ids, 10_000, " +retrain");
        assertThat(init.name()).isEqualTo("init-10k +retrain");
        assertThat(init.wrk().expected()).isEqualTo("\"source\":\"model\"");
        assertThat(init.request().apply(0).method()).isEqualTo("POST");
    }
}
