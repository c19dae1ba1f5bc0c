package io.ctxrec.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One kind of {@code bench serve} row: its name, its n-th request for the Java loop, and the same request for wrk;
 * run by whichever generator {@code --generator} names, against the base the client was made for (the service,
 * or the load balancer in front of the instances).
 */
record ServeRow(String name, IntFunction<HttpRequest> request, WrkLoop.Scenario wrk) {

    /**
     * The machine's floor for an HTTP answer at these clients: {@code GET /health/live}, which Vert.x answers on its
     * event loop with no Camel route, no worker thread and no model, through the same generator on the same cores.
     * A cache hit's tail is read against it: where this row's p99 is near the list's target, so is every answer's.
     */
    static ServeRow floor(ServeClient client, String suffix) {
        return new ServeRow("live-floor" + suffix, n -> client.live(),
                new WrkLoop.Scenario("GET", ServeClient.LIVE_PATH, null, "\"status\":\"UP\""));
    }

    /** A user's list, expected from the cache (the rows prime it first). */
    static ServeRow list(ServeClient client, List<String> ids, String suffix) {
        return new ServeRow("list-cache" + suffix, n -> client.list(ids.get(n % ids.size())),
                new WrkLoop.Scenario("GET", ServeClient.LIST_PATH + "{user}", null, "\"source\":\"cache\""));
    }

    /** A new list computed by the models over {@code size} products on sale. */
    static ServeRow init(ServeClient client, List<String> ids, int size, String suffix) {
        return new ServeRow("init-" + label(size) + suffix, n -> client.init(ids.get(n % ids.size())),
                new WrkLoop.Scenario("POST", ServeClient.INIT_PATH, "{\"userId\":\"{user}\",\"limit\":10}",
                        "\"source\":\"model\""));
    }

    /** A warm-up and a measured window at {@code clients}, every answer checked for the expected source. */
    ClosedLoop.Result run(ServeOptions o, ServeClient client, List<String> ids, int clients)
            throws IOException, InterruptedException {
        Duration warmup = Duration.ofSeconds(o.warmup);
        Duration measured = Duration.ofSeconds(o.seconds);
        if (o.usesWrk()) {
            return new WrkLoop(client.base(), ids, o.data.toAbsolutePath()).run(clients, warmup, measured, wrk);
        }
        return new ClosedLoop(client.http()).run(clients, warmup, measured, request,
                body -> body.contains(wrk.expected()));
    }

    /** 1000 as "1k", for a row's name. */
    static String label(int size) {
        return size % 1000 == 0 ? (size / 1000) + "k" : String.valueOf(size);
    }
}
