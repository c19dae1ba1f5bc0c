package io.ctxrec.adapters.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * ENCM: one MLP over concat(user, item, context_0..context_{k-1}). The item's embedding, and the item's own
 * value of an {@link ItemFeature} (its category), are item-side and go into the per-item part of the first
 * layer; the user and the request's other context features are added once per request.
 */
final class EncmScorer extends PrecomputedScorer {
    private final int d;
    private final Matrix users;
    private final Matrix[] contexts;
    private final int itemSidePosition;
    private final SplitTower tower;

    EncmScorer(Dl4jScoringModel source) {
        super(source);
        ComputationGraph graph = source.graph();
        ModelConfig config = source.config();
        this.d = config.embeddingDim();
        this.users = GraphParams.weights(graph, "user_emb");
        this.contexts = new Matrix[source.contextFeatures()];
        for (int f = 0; f < contexts.length; f++) {
            contexts[f] = GraphParams.weights(graph, GraphParts.contextInput(f) + "_emb");
        }
        List<SplitTower.ItemInput> itemSide = new ArrayList<>();
        itemSide.add(new SplitTower.ItemInput(d, GraphParams.weights(graph, "item_emb"), i -> i));
        this.itemSidePosition = source.itemFeature().map(ItemFeature::position).orElse(-1);
        source.itemFeature().ifPresent(feature -> itemSide.add(new SplitTower.ItemInput(
                (2 + feature.position()) * d, contexts[feature.position()], feature::indexOf)));
        int width = (2 + contexts.length) * d;
        this.tower = new SplitTower(GraphParams.tower(graph, config.hiddenDims().size(), width, GraphParts.OUTPUT, 0),
                config.nItems(), itemSide);
    }

    @Override
    void logits(int user, int[] items, int[] context, float[] out) {
        tower.logits(requestTerm(user, context), items, out);
    }

    @Override
    void blockLogits(int[] userIndexes, int[][] items, int[][] requestContexts, float[][] out) {
        float[][] requests = new float[userIndexes.length][];
        for (int r = 0; r < userIndexes.length; r++) {
            // A request without items need not have a context (see ScoringRequest).
            requests[r] = items[r].length == 0 ? tower.newRequestTerm() : requestTerm(userIndexes[r], requestContexts[r]);
        }
        tower.blockLogits(requests, items, out);
    }

    private float[] requestTerm(int user, int[] context) {
        float[] request = tower.newRequestTerm();
        tower.addRequestInput(request, 0, users, user);
        for (int f = 0; f < contexts.length; f++) {
            if (f != itemSidePosition) {
                tower.addRequestInput(request, (2 + f) * d, contexts[f], context[f]);
            }
        }
        return request;
    }
}
