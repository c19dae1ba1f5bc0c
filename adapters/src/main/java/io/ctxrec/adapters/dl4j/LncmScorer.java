package io.ctxrec.adapters.dl4j;

import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** LNCM: {@code s·(u·v) + (1 − s)·neural}, s = sigmoid(alpha), the neural tower's first layer split. */
final class LncmScorer extends PrecomputedScorer {
    private final Matrix mfUsers;
    private final Matrix mfItems;
    private final Matrix mlpUsers;
    private final SplitTower neural;
    private final float linearWeight;
    private final float neuralWeight;

    LncmScorer(Dl4jScoringModel source) {
        super(source);
        ComputationGraph graph = source.graph();
        ModelConfig config = source.config();
        int d = config.embeddingDim();
        this.mfUsers = GraphParams.weights(graph, "mf_user_emb");
        this.mfItems = GraphParams.weights(graph, "mf_item_emb");
        this.mlpUsers = GraphParams.weights(graph, "mlp_user_emb");
        this.neural = new SplitTower(GraphParams.tower(graph, config.hiddenDims().size(), 2 * d, "neural", 0),
                config.nItems(),
                List.of(new SplitTower.ItemInput(d, GraphParams.weights(graph, "mlp_item_emb"), i -> i)));
        double s = AlphaMixVertex.linearWeight(
                GraphParams.vertexParam(graph, LncmArchitecture.MIX, AlphaMixVertex.ALPHA));
        // The vertex scales float arrays by these doubles, i.e. by their float roundings.
        this.linearWeight = (float) s;
        this.neuralWeight = (float) (1 - s);
    }

    @Override
    void logits(int user, int[] items, int[] context, float[] out) {
        neural.logits(requestTerm(user), items, out);
        mix(user, items, out);
    }

    @Override
    void blockLogits(int[] users, int[][] items, int[][] contexts, float[][] out) {
        float[][] requests = new float[users.length][];
        for (int r = 0; r < users.length; r++) {
            requests[r] = requestTerm(users[r]);
        }
        neural.blockLogits(requests, items, out);
        for (int r = 0; r < users.length; r++) {
            mix(users[r], items[r], out[r]);
        }
    }

    private float[] requestTerm(int user) {
        float[] request = neural.newRequestTerm();
        neural.addRequestInput(request, 0, mlpUsers, user);
        return request;
    }

    /** {@code out} holds the neural logits; mixes the linear part in. */
    private void mix(int user, int[] items, float[] out) {
        float[] u = mfUsers.row(user);
        for (int i = 0; i < items.length; i++) {
            out[i] = linearWeight * mfItems.dotRow(items[i], u) + neuralWeight * out[i];
        }
    }
}
