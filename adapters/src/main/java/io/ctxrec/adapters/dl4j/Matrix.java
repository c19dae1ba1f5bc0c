package io.ctxrec.adapters.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A row-major float copy of a 2-d graph parameter, read-only once built, so any thread may read it. */
final class Matrix {
    final int rows;
    final int cols;
    final float[] values;

    private Matrix(int rows, int cols, float[] values) {
        this.rows = rows;
        this.cols = cols;
        this.values = values;
    }

    /**
     * One row-major copy of the whole parameter. Not {@code toFloatMatrix()}: that makes a view per row, and
     * for large item tables the millions of short-lived buffers and their deallocation records filled the
     * service's old generation and lengthened every young collection's pause.
     */
    static Matrix of(INDArray parameter) {
        if (parameter.rank() != 2) {
            throw new IllegalArgumentException("a matrix parameter must have rank 2, had shape "
                    + java.util.Arrays.toString(parameter.shape()));
        }
        int rows = (int) parameter.rows();
        int cols = (int) parameter.columns();
        try (INDArray copy = parameter.castTo(DataType.FLOAT).dup('c')) {
            float[] values = copy.data().asFloat();
            return new Matrix(rows, cols, values.length == rows * cols ? values
                    : java.util.Arrays.copyOf(values, rows * cols));
        }
    }

    static Matrix of(float[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        float[] values = new float[m.length * cols];
        for (int r = 0; r < m.length; r++) {
            System.arraycopy(m[r], 0, values, r * cols, cols);
        }
        return new Matrix(m.length, cols, values);
    }

    /** Rows {@code from..to-1}: the part of a layer's weights that reads one slice of its (concatenated) input. */
    Matrix rows(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IllegalArgumentException("rows " + from + ".." + to + " outside a matrix of " + rows + " rows");
        }
        float[] slice = new float[(to - from) * cols];
        System.arraycopy(values, from * cols, slice, 0, slice.length);
        return new Matrix(to - from, cols, slice);
    }

    /** Column 0 as a vector: the weights of a one-unit layer. */
    float[] firstColumn() {
        float[] column = new float[rows];
        for (int r = 0; r < rows; r++) {
            column[r] = values[r * cols];
        }
        return column;
    }

    /** Row {@code row} dotted with {@code v}. */
    float dotRow(int row, float[] v) {
        int base = row * cols;
        float sum = 0f;
        for (int k = 0; k < cols; k++) {
            sum += values[base + k] * v[k];
        }
        return sum;
    }

    float[][] values2d() {
        float[][] m = new float[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = row(r);
        }
        return m;
    }

    float[] row(int row) {
        float[] copy = new float[cols];
        System.arraycopy(values, row * cols, copy, 0, cols);
        return copy;
    }

    /**
     * {@code out[outOffset..] += x[xFrom..xFrom+count-1] · rows fromRow..fromRow+count-1}: one slice of a
     * layer's (concatenated) input through the weights that read it. Zero inputs (ReLU's) are skipped.
     */
    void addProduct(float[] x, int xFrom, int fromRow, int count, float[] out, int outOffset) {
        for (int k = 0; k < count; k++) {
            float a = x[xFrom + k];
            if (a == 0f) {
                continue;
            }
            int base = (fromRow + k) * cols;
            for (int j = 0; j < cols; j++) {
                out[outOffset + j] += a * values[base + j];
            }
        }
    }
}
