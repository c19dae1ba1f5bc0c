package io.ctxrec.adapters.dl4j;

import static io.ctxrec.adapters.dl4j.GraphParts.ITEM;
import static io.ctxrec.adapters.dl4j.GraphParts.OUTPUT;
import static io.ctxrec.adapters.dl4j.GraphParts.USER;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/**
 * NeuMF (He et al., 2017): a GMF tower (element-wise product of its own user/item embeddings) and an
 * MLP tower (its own embeddings), concatenated into dense(1) with a sigmoid.
 */
final class NeuMfArchitecture {
    private NeuMfArchitecture() {
    }

    static ComputationGraphConfiguration configure(ModelConfig c) {
        int d = c.embeddingDim();
        GraphBuilder g = GraphParts.newGraph(c).addInputs(USER, ITEM);
        GraphParts.embedding(g, c, "gmf_user_emb", c.nUsers(), d, USER);
        GraphParts.embedding(g, c, "gmf_item_emb", c.nItems(), d, ITEM);
        g.addVertex("gmf", new ElementWiseVertex(ElementWiseVertex.Op.Product), "gmf_user_emb", "gmf_item_emb");

        GraphParts.embedding(g, c, "mlp_user_emb", c.nUsers(), d, USER);
        GraphParts.embedding(g, c, "mlp_item_emb", c.nItems(), d, ITEM);
        g.addVertex("mlp_concat", new ColumnMergeVertex(), "mlp_user_emb", "mlp_item_emb");
        String top = GraphParts.mlp(g, c, "mlp", "mlp_concat", 2 * d, c.hiddenDims());

        g.addVertex("towers", new ColumnMergeVertex(), "gmf", top);
        g.addLayer(OUTPUT, GraphParts.sigmoidOutput(c, d + GraphParts.mlpWidth(2 * d, c.hiddenDims())), "towers");
        return g.setOutputs(OUTPUT).build();
    }
}
