package io.ctxrec.adapters.dl4j;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.regularization.Regularization;

/**
 * L2 for tables trained with {@link LazyAdam}: adds {@code l2 · w} to the gradient of the entries the batch
 * touched (non-zero gradient), before the updater, as DL4J's L2 does for all of them. Its score is 0: the
 * penalty of every table summed every step cost a pass over all tables, so the training loss DL4J reports
 * leaves the embeddings' L2 out.
 */
public class LazyL2 implements Regularization {
    private double l2;

    public LazyL2() {
        // for DL4J's JSON deserialisation
    }

    public LazyL2(double l2) {
        this.l2 = l2;
    }

    public double getL2() {
        return l2;
    }

    public void setL2(double l2) {
        this.l2 = l2;
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
        FloatView g = new FloatView(gradView);
        FloatView w = new FloatView(param);
        float decay = (float) l2;
        for (int i = 0; i < g.length; i++) {
            float gi = g.get(i);
            if (gi != 0f) {
                g.put(i, gi + decay * w.get(i));
            }
        }
    }

    @Override
    public double score(INDArray param, int iteration, int epoch) {
        return 0;
    }

    @Override
    public LazyL2 clone() {
        return new LazyL2(l2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LazyL2 r && r.l2 == l2;
    }

    @Override
    public int hashCode() {
        return Objects.hash(LazyL2.class, l2);
    }

    @Override
    public String toString() {
        return "LazyL2(" + l2 + ")";
    }
}
