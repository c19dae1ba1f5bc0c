package io.ctxrec.adapters.dl4j;

import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.regularization.Regularization;

/**
 * L2 for tables trained with {@link LazyAdam}: adds {@code l2 · w} to the gradient of the rows the batch
 * looked up (any non-zero gradient), before the updater, as DL4J's L2 does for all of them. Its score is 0: the
 * penalty of every table summed every step cost a pass over all tables, so the training loss DL4J reports
 * leaves the embeddings' L2 out.
 */
public class LazyL2 implements Regularization {
    private double l2;
    private int rows = 1;

    public LazyL2() {
        // for DL4J's JSON deserialisation
    }

    /** For a table of {@code rows} rows in DL4J's weight order ('f'), which DL4J hands over flat. */
    public LazyL2(double l2, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be >= 1, was " + rows);
        }
        this.l2 = l2;
        this.rows = rows;
    }

    public double getL2() {
        return l2;
    }

    public void setL2(double l2) {
        this.l2 = l2;
    }

    public int getRows() {
        return rows;
    }

    public void setRows(int rows) {
        this.rows = rows;
    }

    @Override
    public ApplyStep applyStep() {
        return ApplyStep.BEFORE_UPDATER;
    }

    @Override
    public void apply(INDArray param, INDArray gradView, double lr, int iteration, int epoch) {
        if (l2 == 0) {
            return;
        }
        int n = (int) param.length();
        if (n % rows != 0 || gradView.length() != n) {
            throw new IllegalArgumentException("LazyL2 for " + rows + " rows got " + param.shapeInfoToString()
                    + " and " + gradView.shapeInfoToString());
        }
        int width = n / rows;
        FloatView g = new FloatView(gradView);
        FloatView w = new FloatView(param);
        float decay = (float) l2;
        List<TouchedRows.Table> known = TouchedRows.within(gradView);
        if (known.size() == 1 && known.get(0).offset() == 0) {
            // Column by column over the ascending rows, a forward sweep (see RowSparseEmbeddingLayer).
            TouchedRows.Table table = known.get(0);
            int[] list = table.list();
            for (int k = 0; k < width; k++) {
                int column = k * rows;
                for (int r = 0; r < table.count(); r++) {
                    int i = column + list[r];
                    g.put(i, g.get(i) + decay * w.get(i));
                }
            }
            return;
        }
        // Column k of row r sits at k·rows + r: the maxima over k, per r.
        float[] rowMax = gradView.reshape('c', width, rows).amax(0).toFloatVector();
        for (int row = 0; row < rows; row++) {
            if (rowMax[row] != 0f) {
                decay(g, w, row, width, decay);
            }
        }
    }

    private void decay(FloatView g, FloatView w, int row, int width, float decay) {
        for (int k = 0; k < width; k++) {
            int i = FloatView.index('f', rows, width, row, k);
            g.put(i, g.get(i) + decay * w.get(i));
        }
    }

    @Override
    public double score(INDArray param, int iteration, int epoch) {
        return 0;
    }

    @Override
    public LazyL2 clone() {
        LazyL2 copy = new LazyL2();
        copy.l2 = l2;
        copy.rows = rows;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LazyL2 r && r.l2 == l2 && r.rows == rows;
    }

    @Override
    public int hashCode() {
        return Objects.hash(LazyL2.class, l2, rows);
    }

    @Override
    public String toString() {
        return "LazyL2(" + l2 + ", " + rows + " rows)";
    }
}
