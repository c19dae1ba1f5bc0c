package io.ctxrec.adapters.dl4j;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.Axpy;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;

/**
 * L2 on a dense layer's weights, as DL4J's {@link L2Regularization} (the same gradient step, {@code l2 · w} added
 * before the updater), but with its penalty summed in Java: DL4J's takes a native norm2 per layer every step, only
 * for the reported loss, and JFR put 36 % of a demo-shop {@code train}'s main thread in it on the busy 2-core
 * machine. The penalty is the same, {@code l2 / 2 · Σ w²}, summed in double.
 */
public class DenseL2 implements Regularization {
    private double l2;

    public DenseL2() {
        // for DL4J's JSON deserialisation
    }

    public DenseL2(double l2) {
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
        Nd4j.exec(new Axpy(param, gradView, gradView, l2));
    }

    @Override
    public double score(INDArray param, int iteration, int epoch) {
        if (l2 == 0) {
            return 0;
        }
        if (param.dataType() != DataType.FLOAT || param.length() > Integer.MAX_VALUE
                || (param.length() > 1 && param.elementWiseStride() != 1)) {
            return new L2Regularization(l2).score(param, iteration, epoch);
        }
        FloatView w = new FloatView(param);
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double v = w.get(i);
            sum += v * v;
        }
        return 0.5 * l2 * sum;
    }

    @Override
    public DenseL2 clone() {
        return new DenseL2(l2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseL2 r && r.l2 == l2;
    }

    @Override
    public int hashCode() {
        return Objects.hash(DenseL2.class, l2);
    }

    @Override
    public String toString() {
        return "DenseL2(" + l2 + ")";
    }
}
