package io.ctxrec.adapters.dl4j;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffVertex;

/**
 * Base of ctxrec's SameDiff vertices, each of which outputs one value per sample. DL4J rebuilds
 * vertices from the model zip's JSON, so subclasses keep a public no-arg constructor and hold no state
 * of their own beyond what {@link SameDiffVertex} serialises.
 */
public abstract class ScalarOutputVertex extends SameDiffVertex {

    @Override
    public InputType getOutputType(int layerIndex, InputType... vertexInputs) {
        return InputType.feedForward(1);
    }

    @Override
    public GraphVertex clone() {
        ScalarOutputVertex copy;
        try {
            copy = getClass().getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException(getClass().getName() + " needs a public no-arg constructor", e);
        }
        // The training settings were applied from the global config; a clone must keep them.
        copy.regularization = regularization == null ? null : new ArrayList<>(regularization);
        copy.regularizationBias = regularizationBias == null ? null : new ArrayList<>(regularizationBias);
        copy.updater = updater == null ? null : updater.clone();
        copy.biasUpdater = biasUpdater == null ? null : biasUpdater.clone();
        copy.gradientNormalization = gradientNormalization;
        copy.gradientNormalizationThreshold = gradientNormalizationThreshold;
        copy.dataType = dataType;
        copy.setName(getName());
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * getClass().getName().hashCode() + super.hashCode();
    }
}
