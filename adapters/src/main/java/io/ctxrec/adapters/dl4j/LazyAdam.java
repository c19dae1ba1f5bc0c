package io.ctxrec.adapters.dl4j;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * Adam for embedding tables, lazily: only the entries with a gradient this step (the rows the batch looked
 * up) move, and only their moments are updated, as TensorFlow's LazyAdam and PyTorch's SparseAdam do.
 * DL4J's Adam runs over every row of every table every step, so its cost grows with the catalogue rather
 * than with the batch. Untouched entries keep their gradient of exactly 0, i.e. no update: tables using it
 * must take their L2 from {@link LazyL2}, which leaves untouched entries alone too.
 */
public class LazyAdam implements IUpdater {
    private double learningRate;
    private int rows = 1;
    private int rowWidth = 1;
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-8;

    public LazyAdam() {
        // for DL4J's JSON deserialisation
    }

    /**
     * For tables of {@code rows} x {@code rowWidth} in DL4J's weight order ('f'): a row with any gradient is a
     * looked-up row, updated whole. DL4J hands an updater the block of neighbouring parameters whose updaters
     * are equal, so one block is one or more such tables.
     */
    public LazyAdam(double learningRate, int rows, int rowWidth) {
        if (rows < 1 || rowWidth < 1) {
            throw new IllegalArgumentException("rows and rowWidth must be >= 1, were " + rows + ", " + rowWidth);
        }
        this.learningRate = learningRate;
        this.rows = rows;
        this.rowWidth = rowWidth;
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

    public int getRows() {
        return rows;
    }

    public void setRows(int rows) {
        this.rows = rows;
    }

    public int getRowWidth() {
        return rowWidth;
    }

    public void setRowWidth(int rowWidth) {
        this.rowWidth = rowWidth;
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
        LazyAdam copy = new LazyAdam(learningRate, rows, rowWidth);
        copy.beta1 = beta1;
        copy.beta2 = beta2;
        copy.epsilon = epsilon;
        return copy;
    }

    // DL4J groups neighbouring parameters whose updaters are equal into one block: never equal to plain Adam.
    @Override
    public boolean equals(Object o) {
        return o instanceof LazyAdam a && a.getClass() == getClass() && a.learningRate == learningRate
                && a.rows == rows && a.rowWidth == rowWidth && a.beta1 == beta1 && a.beta2 == beta2
                && a.epsilon == epsilon;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), learningRate, rows, rowWidth, beta1, beta2, epsilon);
    }

    @Override
    public String toString() {
        return "LazyAdam(lr=" + learningRate + ", table=" + rows + "x" + rowWidth + ", beta1=" + beta1 + ", beta2="
                + beta2 + ", epsilon=" + epsilon + ")";
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

        /**
         * Turns {@code gradient} into the update DL4J subtracts: Adam's step on the rows with a gradient, 0 on the
         * others. The rows are found by one native pass (absolute maximum per row), the step is taken in Java
         * over those rows only.
         */
        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            int rows = config.rows;
            int width = config.rowWidth;
            int n = (int) gradient.length();
            int tableSize = rows * width;
            if (n % tableSize != 0 || state.length() != 2L * n) {
                throw new IllegalStateException("LazyAdam: " + n + " parameters in tables of " + rows + " x " + width
                        + ", updater state of " + state.length());
            }
            int tables = n / tableSize;
            FloatView g = new FloatView(gradient);
            FloatView s = new FloatView(state);
            int t = iteration + 1;
            float alpha = (float) (config.learningRate * Math.sqrt(1 - Math.pow(config.beta2, t))
                    / (1 - Math.pow(config.beta1, t)));
            List<TouchedRows.Table> known = TouchedRows.within(gradient);
            if (known.size() == tables) {
                float b1 = (float) config.beta1;
                float b2 = (float) config.beta2;
                float eps = (float) config.epsilon;
                // Column by column over the ascending rows: a forward sweep through each column (see
                // RowSparseEmbeddingLayer), where row by row every entry was a cache miss.
                for (TouchedRows.Table table : known) {
                    int[] list = table.list();
                    for (int k = 0; k < width; k++) {
                        int column = table.offset() + k * rows;
                        for (int r = 0; r < table.count(); r++) {
                            step(g, s, n, column + list[r], alpha, b1, b2, eps);
                        }
                    }
                }
                return;
            }
            // Table t, column k, row r sits at t·rows·width + k·rows + r: the maxima over k, per (t, r).
            float[] rowMax = gradient.reshape('c', tables, width, rows).amax(1).reshape((long) tables * rows)
                    .toFloatVector();
            for (int tr = 0; tr < rowMax.length; tr++) {
                if (rowMax[tr] != 0f) {
                    step(g, s, n, (tr / rows) * tableSize + tr % rows, rows, alpha);
                }
            }
        }

        /** Adam on the row whose first element is at {@code base}, its columns {@code rows} apart. */
        private void step(FloatView g, FloatView s, int n, int base, int rows, float alpha) {
            float b1 = (float) config.beta1;
            float b2 = (float) config.beta2;
            float eps = (float) config.epsilon;
            for (int k = 0; k < config.rowWidth; k++) {
                step(g, s, n, base + k * rows, alpha, b1, b2, eps);
            }
        }

        /** Adam on entry {@code i}: its moments at {@code i} and {@code n + i} of the state. */
        private static void step(FloatView g, FloatView s, int n, int i, float alpha, float b1, float b2,
                                 float eps) {
            float gi = g.get(i);
            float m = b1 * s.get(i) + (1 - b1) * gi;
            float v = b2 * s.get(n + i) + (1 - b2) * gi * gi;
            s.put(i, m);
            s.put(n + i, v);
            g.put(i, alpha * m / ((float) Math.sqrt(v) + eps));
        }
    }
}
