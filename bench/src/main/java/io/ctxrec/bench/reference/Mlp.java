package io.ctxrec.bench.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** ReLU layers of the given widths over an input of {@code in}, with one sample's activations kept for backprop. */
final class Mlp {
    final Dense[] layers;
    private final float[][] activations;
    private final float[][] gradients;

    /** @param linearTop whether a linear one-unit layer (a logit) tops the ReLU layers */
    Mlp(int in, List<Integer> widths, boolean linearTop, Random random) {
        List<Dense> list = new ArrayList<>();
        int width = in;
        for (int w : widths) {
            list.add(new Dense(width, w, true, random));
            width = w;
        }
        if (linearTop) {
            list.add(new Dense(width, 1, false, random));
        }
        this.layers = list.toArray(Dense[]::new);
        this.activations = new float[layers.length][];
        this.gradients = new float[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            activations[l] = new float[layers[l].out];
            gradients[l] = new float[layers[l].out];
        }
    }

    int width(int in) {
        return layers.length == 0 ? in : layers[layers.length - 1].out;
    }

    /** The top layer's output for {@code x}; {@code x} itself when there are no layers. */
    float[] forward(float[] x) {
        float[] h = x;
        for (int l = 0; l < layers.length; l++) {
            layers[l].forward(h, activations[l]);
            h = activations[l];
        }
        return h;
    }

    /** The top gradient goes in {@link #topGradient()}; writes the input's gradient into {@code dx}. */
    void backward(float[] x, float[] dx) {
        for (int l = layers.length - 1; l >= 0; l--) {
            float[] below = l == 0 ? x : activations[l - 1];
            layers[l].backward(below, activations[l], gradients[l], l == 0 ? dx : gradients[l - 1]);
        }
    }

    float[] topGradient() {
        return gradients[layers.length - 1];
    }

    void addParams(List<Param> params) {
        for (Dense d : layers) {
            params.add(d.weights);
            params.add(d.bias);
        }
    }
}
