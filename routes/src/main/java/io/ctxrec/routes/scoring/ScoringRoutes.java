package io.ctxrec.routes.scoring;

import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models' side of a request: {@value #MODELS} sends its {@link ScoringRequest} in parallel to one
 * route per registered model family, bounded by {@code ctxrec.scoring.timeout-ms}, and answers the {@link AnsweredLists}
 * of the models that answered in time. A failing or late model drops out; judging the lists, the
 * circuit breaker and the fallback are the caller's (RecommendationRoutes).
 */
public class ScoringRoutes extends RouteBuilder {
    /** In: a {@link ScoringRequest}; out: {@link AnsweredLists}. */
    public static final String MODELS = "direct:score-models";

    private final ModelFamilies families;

    public ScoringRoutes(ModelFamilies families) {
        this.families = families;
    }

    /** {@code direct:score-encm} and so on, in the multicast's order. */
    public static String endpointOf(ModelName model) {
        return "direct:" + routeIdOf(model);
    }

    public static String routeIdOf(ModelName model) {
        return "score-" + model.key();
    }

    @Override
    public void configure() {
        // stopOnException stays off (the default): one failing model must not stop the others.
        from(MODELS).routeId("score-models")
                .multicast(new Answered()).parallelProcessing().timeout("{{ctxrec.scoring.timeout-ms:2000}}")
                    .to(families.names().stream().map(ScoringRoutes::endpointOf).toArray(String[]::new))
                .end();

        for (ModelName model : families.names()) {
            from(endpointOf(model)).routeId(routeIdOf(model))
                    .bean(new ModelScorer(model), "topK");
        }
    }

    /** What a per-model route calls: one model scores every product of the task and keeps its top k. */
    public static final class ModelScorer {
        private final ModelName model;

        ModelScorer(ModelName model) {
            this.model = model;
        }

        /** The model's top k, or null when the version has no such model (it then simply does not answer). */
        public ModelTopK topK(ScoringRequest request) {
            ScoringTask task = request.scoringTask();
            ScoringModel scoring = task.version().models().get(model);
            if (scoring == null) {
                return null;
            }
            float[] scores = scoring.score(task.user(), task.items(), task.context());
            // A NaN would make the ranking meaningless; BestScores leaves such an item out.
            return new ModelTopK(model.displayName(), BestScores.of(task.itemIds(), scores, task.k()));
        }
    }

    /**
     * Collects the per-model lists of the multicast into one {@link AnsweredLists}. A model that failed is
     * logged and left out (its exception is not passed on, so the others still answer); one that timed out
     * never arrives; a route that answered null (no such model in the version) adds nothing.
     */
    static final class Answered implements AggregationStrategy {
        private static final Logger LOG = LoggerFactory.getLogger(Answered.class);

        @Override
        public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
            AnsweredLists sofar = oldExchange == null ? AnsweredLists.NONE
                    : oldExchange.getMessage().getBody(AnsweredLists.class);
            AnsweredLists next = sofar;
            Exception failure = newExchange.getException();
            if (failure != null) {
                LOG.warn("a model failed and drops out of this request: {}", failure.toString());
            } else if (newExchange.getMessage().getBody() instanceof ModelTopK list) {
                next = sofar.with(list);
            }
            Exchange target = oldExchange == null ? newExchange : oldExchange;
            target.setException(null);
            target.getMessage().setBody(next);
            return target;
        }

        @Override
        public void timeout(Exchange oldExchange, int index, int total, long timeout) {
            LOG.warn("scoring timed out after {} ms: model route {} of {} had not answered and drops out", timeout,
                    index + 1, total);
        }
    }
}
