package io.ctxrec.bench.reference;

import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingSamples;
import io.ctxrec.domain.scoring.ModelName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A plain-Java twin of one DL4J model, the yardstick of {@code bench train}: float arrays, forward and
 * backward written by hand, one sample at a time on one thread, mini-batch Adam on binary cross-entropy
 * with L2 as DL4J applies it (added to the gradient before the update). Embedding tables are updated
 * lazily, only the rows a batch touched (sparse Adam); DL4J's Adam visits every row of every table.
 */
public abstract class ReferenceModel {
    final ModelConfig config;
    final Random random;
    private final List<Param> params = new ArrayList<>();
    private final int[] context;
    private Adam adam;

    ReferenceModel(ModelConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
        this.context = new int[config.nContextFeatures()];
        this.adam = new Adam(config.learningRate());
    }

    /** The model of {@code name} with the layer sizes of {@code config}, freshly initialised from its seed. */
    public static ReferenceModel of(ModelName name, ModelConfig config) {
        ReferenceModel model;
        if (name.equals(ModelName.BMF)) {
            model = new ReferenceBmf(config);
        } else if (name.equals(ModelName.NEUMF)) {
            model = new ReferenceNeuMf(config);
        } else if (name.equals(ModelName.LNCM)) {
            model = new ReferenceLncm(config);
        } else if (name.equals(ModelName.ENCM)) {
            model = new ReferenceEncm(config);
        } else {
            throw new IllegalArgumentException("no plain-Java reference of " + name);
        }
        model.addParams(model.params);
        return model;
    }

    abstract void addParams(List<Param> list);

    /** The logit of one sample; keeps what {@link #backward} needs. */
    abstract float logit(int user, int item, int[] context);

    /** Accumulates the gradients of the last {@link #logit} given d loss / d logit. */
    abstract void backward(float dLogit);

    List<Param> params() {
        return Collections.unmodifiableList(params);
    }

    /** One Adam step on samples {@code order[from..from+n)}; returns their mean loss. */
    public double trainBatch(TrainingSamples samples, int[] order, int from, int n) {
        double loss = accumulate(samples, order, from, n);
        adam.nextStep();
        for (Param p : params) {
            p.adam(adam, config.l2());
        }
        return loss;
    }

    /** Adds the mean loss gradient of the samples to every parameter's gradient; returns the mean loss. */
    double accumulate(TrainingSamples samples, int[] order, int from, int n) {
        float scale = 1f / n;
        double loss = 0;
        for (int b = from; b < from + n; b++) {
            int s = order[b];
            float z = logit(samples.users()[s], samples.items()[s], contextOf(samples, s));
            float y = samples.labels()[s];
            loss += softplus(z) - y * z;
            backward((sigmoid(z) - y) * scale);
        }
        return loss / n;
    }

    private int[] contextOf(TrainingSamples samples, int s) {
        int[][] contexts = samples.contexts();
        for (int f = 0; f < context.length; f++) {
            context[f] = contexts[f][s];
        }
        return context;
    }

    /**
     * P(interaction) per item; with {@code itemFeaturePosition >= 0} each item takes its own value of that
     * context feature ({@code indexByItem[item]}), as the DL4J scoring model does.
     */
    public float[] score(int user, int[] items, int[] requestContext, int itemFeaturePosition, int[] indexByItem) {
        int[] c = requestContext.clone();
        float[] scores = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            if (itemFeaturePosition >= 0 && itemFeaturePosition < c.length) {
                c[itemFeaturePosition] = indexByItem[items[i]];
            }
            scores[i] = sigmoid(logit(user, items[i], c));
        }
        return scores;
    }

    static float sigmoid(float z) {
        return (float) (1.0 / (1.0 + Math.exp(-z)));
    }

    // log(1 + e^z), stable for large |z|: BCE on a logit is softplus(z) - y·z.
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    static float dot(float[] a, int aFrom, float[] b, int bFrom, int n) {
        float sum = 0f;
        for (int k = 0; k < n; k++) {
            sum += a[aFrom + k] * b[bFrom + k];
        }
        return sum;
    }

    Param embedding(int rows) {
        return Param.table(rows, config.embeddingDim(), 0.1, random);
    }
}
