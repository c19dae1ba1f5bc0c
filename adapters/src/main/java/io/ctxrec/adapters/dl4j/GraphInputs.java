package io.ctxrec.adapters.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Turns primitive index columns into the graph's [batch, 1] float inputs, one array per column. */
final class GraphInputs {
    private GraphInputs() {
    }

    static INDArray column(float[] values) {
        return Nd4j.create(values, new long[] {values.length, 1}, DataType.FLOAT);
    }

    static INDArray filled(int rows, int index) {
        float[] values = new float[rows];
        java.util.Arrays.fill(values, index);
        return column(values);
    }

    static INDArray column(int[] indexes) {
        float[] values = new float[indexes.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = indexes[i];
        }
        return column(values);
    }
}
