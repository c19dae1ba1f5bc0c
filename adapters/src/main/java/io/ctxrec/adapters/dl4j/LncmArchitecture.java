package io.ctxrec.adapters.dl4j;

import static io.ctxrec.adapters.dl4j.GraphParts.ITEM;
import static io.ctxrec.adapters.dl4j.GraphParts.OUTPUT;
import static io.ctxrec.adapters.dl4j.GraphParts.USER;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;

/**
 * LNCM: a linear part, the dot product of MF user/item embeddings (a logit), and a neural part, an MLP
 * over concatenated user/item embeddings of its own ending in a linear dense(1) (a logit), mixed by
 * {@link AlphaMixVertex} into one logit; the sigmoid is applied once, in the loss layer.
 */
final class LncmArchitecture {
    static final String MIX = "mix";

    private LncmArchitecture() {
    }

    static ComputationGraphConfiguration configure(ModelConfig c) {
        int d = c.embeddingDim();
        GraphBuilder g = GraphParts.newGraph(c).addInputs(USER, ITEM);
        GraphParts.embedding(g, c, "mf_user_emb", c.nUsers(), d, USER);
        GraphParts.embedding(g, c, "mf_item_emb", c.nItems(), d, ITEM);
        g.addVertex("linear", new DotProductVertex(), "mf_user_emb", "mf_item_emb");

        GraphParts.embedding(g, c, "mlp_user_emb", c.nUsers(), d, USER);
        GraphParts.embedding(g, c, "mlp_item_emb", c.nItems(), d, ITEM);
        g.addVertex("mlp_concat", new ColumnMergeVertex(), "mlp_user_emb", "mlp_item_emb");
        String top = GraphParts.mlp(g, c, "mlp", "mlp_concat", 2 * d, c.hiddenDims());
        g.addLayer("neural", GraphParts.logit(c, GraphParts.mlpWidth(2 * d, c.hiddenDims())), top);

        g.addVertex(MIX, new AlphaMixVertex(), "linear", "neural");
        g.addLayer(OUTPUT, GraphParts.sigmoidLoss(), MIX);
        return g.setOutputs(OUTPUT).build();
    }
}
