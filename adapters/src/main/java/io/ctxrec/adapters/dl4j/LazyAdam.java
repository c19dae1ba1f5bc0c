package io.ctxrec.adapters.dl4j;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * Adam for embedding tables, lazily: only the entries with a gradient this step (the rows the batch looked
 * up) move, and only their moments are updated, as TensorFlow's LazyAdam and PyTorch's SparseAdam do.
 * DL4J's Adam runs over every row of every table every step, which on a large catalogue took more than half
 * of the training time. Untouched entries keep their gradient of exactly 0, i.e. no update: tables using it
 * must take their L2 from {@link LazyL2}, which leaves untouched entries alone too.
 */
public class LazyAdam implements IUpdater {
    private double learningRate;
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-8;

    public LazyAdam() {
        // for DL4J's JSON deserialisation
    }

    public LazyAdam(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public long stateSize(long numParams) {
        return 2 * numParams;
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        Updater updater = new Updater(this);
        updater.setStateViewArray(viewArray, viewArray.shape(), viewArray.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> state, boolean initializeStateArrays) {
        throw new UnsupportedOperationException("LazyAdam keeps its state in one view array");
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRate;
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double lr, ISchedule schedule) {
        if (schedule != null) {
            throw new UnsupportedOperationException("LazyAdam takes a fixed learning rate");
        }
        this.learningRate = lr;
    }

    public double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    public double getBeta1() {
        return beta1;
    }

    public void setBeta1(double beta1) {
        this.beta1 = beta1;
    }

    public double getBeta2() {
        return beta2;
    }

    public void setBeta2(double beta2) {
        this.beta2 = beta2;
    }

    public double getEpsilon() {
        return epsilon;
    }

    public void setEpsilon(double epsilon) {
        this.epsilon = epsilon;
    }

    @Override
    public LazyAdam clone() {
        LazyAdam copy = new LazyAdam(learningRate);
        copy.beta1 = beta1;
        copy.beta2 = beta2;
        copy.epsilon = epsilon;
        return copy;
    }

    // DL4J groups neighbouring parameters whose updaters are equal into one block: never equal to plain Adam.
    @Override
    public boolean equals(Object o) {
        return o instanceof LazyAdam a && a.getClass() == getClass() && a.learningRate == learningRate
                && a.beta1 == beta1 && a.beta2 == beta2 && a.epsilon == epsilon;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), learningRate, beta1, beta2, epsilon);
    }

    @Override
    public String toString() {
        return "LazyAdam(lr=" + learningRate + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ")";
    }

    /** The moments m and v are the two halves of DL4J's updater state view for the block. */
    static final class Updater implements GradientUpdater<LazyAdam> {
        private final LazyAdam config;
        private INDArray state;

        Updater(LazyAdam config) {
            this.config = config;
        }

        @Override
        public LazyAdam getConfig() {
            return config;
        }

        @Override
        public void setState(Map<String, INDArray> stateMap, boolean initialize) {
            throw new UnsupportedOperationException("LazyAdam keeps its state in one view array");
        }

        @Override
        public Map<String, INDArray> getState() {
            long n = state.length() / 2;
            return Map.of("M", state.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n)),
                    "V", state.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(n, 2 * n)));
        }

        @Override
        public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder,
                                      boolean initialize) {
            if (initialize) {
                viewArray.assign(0);
            }
            this.state = viewArray;
        }

        /** Turns {@code gradient} into the update DL4J subtracts: Adam's step where it is non-zero, else 0. */
        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            FloatView g = new FloatView(gradient);
            FloatView s = new FloatView(state);
            int n = g.length;
            if (s.length != 2 * n) {
                throw new IllegalStateException("updater state of " + s.length + " for " + n + " parameters");
            }
            float b1 = (float) config.beta1;
            float b2 = (float) config.beta2;
            float eps = (float) config.epsilon;
            int t = iteration + 1;
            float alpha = (float) (config.learningRate * Math.sqrt(1 - Math.pow(config.beta2, t))
                    / (1 - Math.pow(config.beta1, t)));
            for (int i = 0; i < n; i++) {
                float gi = g.get(i);
                if (gi == 0f) {
                    continue;
                }
                float m = b1 * s.get(i) + (1 - b1) * gi;
                float v = b2 * s.get(n + i) + (1 - b2) * gi * gi;
                s.put(i, m);
                s.put(n + i, v);
                g.put(i, alpha * m / ((float) Math.sqrt(v) + eps));
            }
        }
    }
}
