package io.ctxrec.routes.scoring;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the per-model lists of the scoring multicast into one {@link AnsweredLists}. A model that
 * failed is logged and left out (its exception is not passed on, so the others still answer); one that
 * timed out never arrives; a route that answered null (no such model in the version) adds nothing.
 */
public class AnsweredListsAggregation implements AggregationStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(AnsweredListsAggregation.class);

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
        LOG.warn("scoring timed out after {} ms: model route {} of {} had not answered and drops out", timeout, index + 1,
                total);
    }
}
