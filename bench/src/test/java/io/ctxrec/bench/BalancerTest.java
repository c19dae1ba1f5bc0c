package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalancerTest {

    @Test
    void theConfigurationBalancesRoundRobinOverEveryInstanceWithTheDeploymentsRetries() {
        String config = Balancer.config(18080, List.of(18081, 18082), Path.of("/tmp/run/haproxy.sock"));

        assertThat(config).contains("bind 127.0.0.1:18080", "balance roundrobin",
                "server i1 127.0.0.1:18081 check inter 500 fall 3 rise 2",
                "server i2 127.0.0.1:18082 check inter 500 fall 3 rise 2",
                "option http-buffer-request", "retries 3", "option redispatch 1", "retry-on all-retryable-errors",
                "option httpchk GET /api/status", "stats socket /tmp/run/haproxy.sock");
        assertThat(config).doesNotContain("httplog").doesNotContain("i3");
    }

    @Test
    void theCountersAreEachInstancesRequestsAndTheBackendsRetries() {
        String csv = """
                # pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status
                bench,FRONTEND,,,0,0,1024,900,0,0,0,0,0,,,,,OPEN
                instances,i1,0,0,0,0,,450,0,0,,0,,0,0,3,1,UP
                instances,i2,0,0,0,0,,452,0,0,,0,,0,0,2,0,UP
                instances,BACKEND,0,0,0,0,103,902,0,0,0,0,,0,0,5,1,UP
                """;

        assertThat(Balancer.counters(csv)).containsExactly(java.util.Map.entry("i1", 450L),
                java.util.Map.entry("i2", 452L), java.util.Map.entry("retries", 5L),
                java.util.Map.entry("redispatches", 1L));
    }
}
