package io.ctxrec.adapters.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;

/** BMF: u·v + b_u + (b_i + b_g), the bracket summed once per item: one matrix-vector product per request. */
final class BmfScorer extends PrecomputedScorer {
    private final Matrix users;
    private final Matrix items;
    private final float[] userBias;
    private final float[] itemBias;

    BmfScorer(Dl4jScoringModel source) {
        super(source);
        ComputationGraph graph = source.graph();
        this.users = GraphParams.weights(graph, "user_emb");
        this.items = GraphParams.weights(graph, "item_emb");
        this.userBias = GraphParams.weights(graph, "user_bias").firstColumn();
        float global = GraphParams.vertexParam(graph, "logit", BiasedDotProductVertex.GLOBAL_BIAS);
        this.itemBias = GraphParams.weights(graph, "item_bias").firstColumn();
        for (int i = 0; i < itemBias.length; i++) {
            itemBias[i] += global;
        }
    }

    @Override
    void logits(int user, int[] itemIndexes, int[] context, float[] out) {
        float[] u = users.row(user);
        float bu = userBias[user];
        for (int i = 0; i < itemIndexes.length; i++) {
            out[i] = items.dotRow(itemIndexes[i], u) + bu + itemBias[itemIndexes[i]];
        }
    }
}
