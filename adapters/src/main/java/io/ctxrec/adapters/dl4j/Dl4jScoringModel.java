package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import org.deeplearning4j.nn.graph.ComputationGraph;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained DL4J graph behind the {@link ScoringModel} port: one forward pass per request, the user
 * (and context) repeated once per item. Thread-safe because {@code ComputationGraph.output} is
 * synchronized, which also means concurrent requests to one model run one after another. With an
 * {@link ItemFeature} each item gets its own value of that context feature (its category) in place of the
 * request's, so one context array serves every item without leaking the category of one of them.
 */
public final class Dl4jScoringModel implements ScoringModel {
    private final ModelName name;
    private final String version;
    private final ComputationGraph graph;
    private final ModelConfig config;
    private final int contextFeatures;
    private final ItemFeature itemFeature;

    public Dl4jScoringModel(ModelName name, String version, ComputationGraph graph, ModelConfig config) {
        this(name, version, graph, config, null);
    }

    /** @param itemFeature null for none; ignored (and dropped) by a graph without context inputs */
    public Dl4jScoringModel(ModelName name, String version, ComputationGraph graph, ModelConfig config,
                            ItemFeature itemFeature) {
        this.name = name;
        this.version = version;
        this.graph = graph;
        this.config = config;
        this.contextFeatures = ModelArchitectures.contextInputs(graph);
        if (contextFeatures > config.nContextFeatures()) {
            throw new IllegalArgumentException("graph takes " + contextFeatures + " context features, config has "
                    + config.nContextFeatures());
        }
        if (itemFeature != null && contextFeatures > 0) {
            itemFeature.checkFits(config);
            if (itemFeature.position() >= contextFeatures) {
                throw new IllegalArgumentException("item feature " + itemFeature.feature() + " is at position "
                        + itemFeature.position() + ", the graph takes " + contextFeatures + " context features");
            }
        }
        this.itemFeature = contextFeatures > 0 ? itemFeature : null;
    }

    @Override
    public ModelName name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    public ModelConfig config() {
        return config;
    }

    public Optional<ItemFeature> itemFeature() {
        return Optional.ofNullable(itemFeature);
    }

    /** The underlying graph, e.g. to continue training it. Not to be trained while it serves. */
    public ComputationGraph graph() {
        return graph;
    }

    @Override
    public float[] score(int user, int[] items, int[] context) {
        ScoringRequest.check(config, contextFeatures, user, items, context);
        if (items.length == 0) {
            return new float[0];
        }
        INDArray[] inputs = new INDArray[2 + contextFeatures];
        inputs[0] = GraphInputs.filled(items.length, user);
        inputs[1] = GraphInputs.column(items);
        if (contextFeatures > 0) {
            for (int f = 0; f < contextFeatures; f++) {
                inputs[2 + f] = GraphInputs.filled(items.length, context[f]);
            }
            if (itemFeature != null) {
                int[] own = new int[items.length];
                for (int i = 0; i < items.length; i++) {
                    own[i] = itemFeature.indexOf(items[i]);
                }
                inputs[2 + itemFeature.position()] = GraphInputs.column(own);
            }
        }
        return graph.output(false, inputs)[0].toFloatVector();
    }

    /** Number of context inputs the graph takes: 0 for the models that ignore context. */
    int contextFeatures() {
        return contextFeatures;
    }
}
