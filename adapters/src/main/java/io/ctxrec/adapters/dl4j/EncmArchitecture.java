package io.ctxrec.adapters.dl4j;

import static io.ctxrec.adapters.dl4j.GraphParts.ITEM;
import static io.ctxrec.adapters.dl4j.GraphParts.OUTPUT;
import static io.ctxrec.adapters.dl4j.GraphParts.USER;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;

/** ENCM: user, item and one embedding per context feature, concatenated, through an MLP to a sigmoid. */
final class EncmArchitecture {
    private EncmArchitecture() {
    }

    static ComputationGraphConfiguration configure(ModelConfig c) {
        int d = c.embeddingDim();
        int[] contextSizes = c.contextSizes();
        List<String> inputs = new ArrayList<>(List.of(USER, ITEM));
        for (int f = 0; f < contextSizes.length; f++) {
            inputs.add(GraphParts.contextInput(f));
        }
        GraphBuilder g = GraphParts.newGraph(c).addInputs(inputs);
        GraphParts.embedding(g, c, "user_emb", c.nUsers(), d, USER);
        GraphParts.embedding(g, c, "item_emb", c.nItems(), d, ITEM);
        List<String> embeddings = new ArrayList<>(List.of("user_emb", "item_emb"));
        for (int f = 0; f < contextSizes.length; f++) {
            String name = GraphParts.contextInput(f) + "_emb";
            GraphParts.embedding(g, c, name, contextSizes[f], d, GraphParts.contextInput(f));
            embeddings.add(name);
        }
        g.addVertex("concat", new ColumnMergeVertex(), embeddings.toArray(String[]::new));
        int width = d * embeddings.size();
        String top = GraphParts.mlp(g, c, "mlp", "concat", width, c.hiddenDims());
        g.addLayer(OUTPUT, GraphParts.sigmoidOutput(c, GraphParts.mlpWidth(width, c.hiddenDims())), top);
        return g.setOutputs(OUTPUT).build();
    }
}
