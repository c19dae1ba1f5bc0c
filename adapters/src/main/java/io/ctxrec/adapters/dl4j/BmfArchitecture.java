package io.ctxrec.adapters.dl4j;

import static io.ctxrec.adapters.dl4j.GraphParts.ITEM;
import static io.ctxrec.adapters.dl4j.GraphParts.OUTPUT;
import static io.ctxrec.adapters.dl4j.GraphParts.USER;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;

/** BMF: sigmoid(dot(user, item) + user bias + item bias + global bias). */
final class BmfArchitecture {
    private BmfArchitecture() {
    }

    static ComputationGraphConfiguration configure(ModelConfig c) {
        int d = c.embeddingDim();
        GraphBuilder g = GraphParts.newGraph(c).addInputs(USER, ITEM);
        GraphParts.embedding(g, c, "user_emb", c.nUsers(), d, USER);
        GraphParts.embedding(g, c, "item_emb", c.nItems(), d, ITEM);
        // A bias is a one-column embedding: one learned number per user / item.
        GraphParts.embedding(g, c, "user_bias", c.nUsers(), 1, USER);
        GraphParts.embedding(g, c, "item_bias", c.nItems(), 1, ITEM);
        g.addVertex("logit", new BiasedDotProductVertex(), "user_emb", "item_emb", "user_bias", "item_bias");
        g.addLayer(OUTPUT, GraphParts.sigmoidLoss(), "logit");
        return g.setOutputs(OUTPUT).build();
    }
}
