package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-route timers and counters, named and tagged as camel-micrometer's route policy names them. */
class RouteTimersTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        context.addRoutePolicyFactory(RouteTimers.factory(registry, routeId -> !routeId.endsWith("-untimed")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:timed").routeId("api-timed").delay(20).setBody(constant("ok"));
                from("direct:failing").routeId("api-failing").throwException(new IllegalStateException("no"));
                from("direct:handled").routeId("api-handled")
                        .onException(IllegalStateException.class).handled(true).setBody(constant("handled")).end()
                        .throwException(new IllegalStateException("no"));
                from("direct:untimed").routeId("api-untimed").setBody(constant("ok"));
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private Timer timer(String routeId) {
        return registry.find(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_METER_NAME)
                .tag(MicrometerConstants.ROUTE_ID_TAG, routeId).timer();
    }

    private double count(String name, String routeId) {
        Counter counter = registry.find(name).tag(MicrometerConstants.ROUTE_ID_TAG, routeId).counter();
        return counter == null ? -1 : counter.count();
    }

    @Test
    void aTimedRouteRecordsEachExchangeWithItsDuration() {
        template.requestBody("direct:timed", "x");
        template.requestBody("direct:timed", "x");

        Timer timer = timer("api-timed");
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(40);
        assertThat(timer.getId().getTag(MicrometerConstants.EVENT_TYPE_TAG)).isEqualTo("route");
        assertThat(count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_TOTAL_METER_NAME, "api-timed"))
                .isEqualTo(2);
        assertThat(count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_SUCCEEDED_METER_NAME, "api-timed"))
                .isEqualTo(2);
        assertThat(count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_FAILED_METER_NAME, "api-timed"))
                .isZero();
    }

    @Test
    void failuresAndHandledFailuresAreCountedApart() {
        assertThatThrownBy(() -> template.requestBody("direct:failing", "x")).hasRootCauseMessage("no");
        template.requestBody("direct:handled", "x");

        assertThat(count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_FAILED_METER_NAME, "api-failing"))
                .isEqualTo(1);
        assertThat(count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_SUCCEEDED_METER_NAME, "api-failing"))
                .isZero();
        assertThat(timer("api-failing").count()).isEqualTo(1);
        assertThat(count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_FAILURES_HANDLED_METER_NAME,
                "api-handled")).isEqualTo(1);
    }

    @Test
    void aRouteNotTimedHasNoMeters() {
        template.requestBody("direct:untimed", "x");

        assertThat(timer("api-untimed")).isNull();
        assertThat(registry.find(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_TOTAL_METER_NAME)
                .tag(MicrometerConstants.ROUTE_ID_TAG, "api-untimed").counter()).isNull();
    }

    @Test
    void aRemovedRouteTakesItsMetersAway() throws Exception {
        template.requestBody("direct:timed", "x");
        context.getRouteController().stopRoute("api-timed");
        context.removeRoute("api-timed");

        assertThat(timer("api-timed")).isNull();
    }
}
