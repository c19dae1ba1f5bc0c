package io.ctxrec.adapters.dl4j;

import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * NeuMF's logit is GMF + MLP. GMF, {@code (u_g ⊙ v_g)·w}, is {@code u_g·(v_g ⊙ w)}: the bracket is kept per
 * item. The MLP tower's first layer is split ({@link SplitTower}); its output weights top the tower.
 */
final class NeuMfScorer extends PrecomputedScorer {
    private final Matrix gmfUsers;
    private final Matrix gmfItems;
    private final Matrix mlpUsers;
    private final SplitTower mlp;

    NeuMfScorer(Dl4jScoringModel source) {
        super(source);
        ComputationGraph graph = source.graph();
        ModelConfig config = source.config();
        int d = config.embeddingDim();
        this.gmfUsers = GraphParams.weights(graph, "gmf_user_emb");
        float[] gmfWeights = GraphParams.weights(graph, GraphParts.OUTPUT).rows(0, d).firstColumn();
        float[][] weighted = GraphParams.weights(graph, "gmf_item_emb").values2d();
        for (float[] item : weighted) {
            for (int k = 0; k < d; k++) {
                item[k] *= gmfWeights[k];
            }
        }
        this.gmfItems = Matrix.of(weighted);
        this.mlpUsers = GraphParams.weights(graph, "mlp_user_emb");
        Dense[] layers = GraphParams.tower(graph, config.hiddenDims().size(), 2 * d, GraphParts.OUTPUT, d);
        this.mlp = new SplitTower(layers, config.nItems(),
                List.of(new SplitTower.ItemInput(d, GraphParams.weights(graph, "mlp_item_emb"), i -> i)));
    }

    @Override
    void logits(int user, int[] items, int[] context, float[] out) {
        mlp.logits(requestTerm(user), items, out);
        addGmf(user, items, out);
    }

    @Override
    void blockLogits(int[] users, int[][] items, int[][] contexts, float[][] out) {
        float[][] requests = new float[users.length][];
        for (int r = 0; r < users.length; r++) {
            requests[r] = requestTerm(users[r]);
        }
        mlp.blockLogits(requests, items, out);
        for (int r = 0; r < users.length; r++) {
            addGmf(users[r], items[r], out[r]);
        }
    }

    private float[] requestTerm(int user) {
        float[] request = mlp.newRequestTerm();
        mlp.addRequestInput(request, 0, mlpUsers, user);
        return request;
    }

    private void addGmf(int user, int[] items, float[] out) {
        float[] u = gmfUsers.row(user);
        for (int i = 0; i < items.length; i++) {
            out[i] += gmfItems.dotRow(items[i], u);
        }
    }
}
