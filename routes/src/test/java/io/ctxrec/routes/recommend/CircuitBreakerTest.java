package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.routes.scoring.ScoringRoutes;
import java.util.List;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.model.BeanDefinition;
import org.apache.camel.spi.CircuitBreakerConstants;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest extends RecommendationTestSupport {

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = super.useOverridePropertiesWithPropertiesComponent();
        p.setProperty("ctxrec.scoring.breaker.sliding-window-size", "2");
        p.setProperty("ctxrec.scoring.breaker.minimum-number-of-calls", "2");
        p.setProperty("ctxrec.scoring.breaker.failure-rate-threshold", "50");
        p.setProperty("ctxrec.scoring.breaker.wait-duration-in-open-state-seconds", "600");
        return p;
    }

    @Test
    void failingModelsOpenTheCircuit_andTheFallbackAnswersWithoutCallingThem() throws Exception {
        // Every model with a route of its own: the ensemble has none, it combines their scores.
        List<ModelName> families = BuiltInFamilies.all().all().stream()
                .filter(f -> !(f instanceof io.ctxrec.domain.family.CombiningFamily))
                .map(io.ctxrec.domain.family.ModelFamily::name).toList();
        for (ModelName model : families) {
            AdviceWith.adviceWith(context, ScoringRoutes.routeIdOf(model), a -> a.weaveByType(BeanDefinition.class)
                    .replace().to("mock:model-called").throwException(new IllegalStateException("model down")));
        }
        context.start();
        MockEndpoint called = getMockEndpoint("mock:model-called");
        String user = shop.buyer(1, 7);

        Exchange first = init(user);
        Exchange second = init(user);
        Exchange third = init(user);

        for (Exchange e : new Exchange[] {first, second, third}) {
            assertThat(e.getException()).isNull();
            assertThat(e.getProperty(CircuitBreakerConstants.RESPONSE_FROM_FALLBACK, Boolean.class)).isTrue();
            RecommendationResponse r = e.getMessage().getBody(RecommendationResponse.class);
            assertThat(r.source()).isEqualTo("fallback");
            assertThat(r.items()).hasSize(10).noneMatch(p -> p.reason().equals("model"));
        }
        assertThat(third.getProperty(CircuitBreakerConstants.RESPONSE_SHORT_CIRCUITED, Boolean.class)).isTrue();
        // Two calls reached every model (ItemPop too); the third found the circuit open.
        assertThat(called.getReceivedCounter()).isEqualTo(2 * families.size());
        // A stand-in is logged but not cached, so the next request tries the models again.
        assertThat(stored(user)).isEmpty();
        assertThat(shop.jdbc.modelRunLog().latest(user, 10)).hasSize(3);
    }

    private Exchange init(String user) {
        return template.request("direct:recommendations-init", e -> e.getMessage().setBody(query(user, 10)));
    }
}
