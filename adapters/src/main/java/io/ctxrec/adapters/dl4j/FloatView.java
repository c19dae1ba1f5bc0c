package io.ctxrec.adapters.dl4j;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Element {@code i} of a contiguous float INDArray, read and written in place through its native buffer, and
 * the position of element (row, column) of a table in either order (DL4J keeps weights in 'f' order).
 */
final class FloatView {
    final FloatBuffer buffer;
    final int offset;
    final int length;

    FloatView(INDArray array) {
        if (array.dataType() != DataType.FLOAT || array.length() > Integer.MAX_VALUE
                || (array.length() > 1 && array.elementWiseStride() != 1)) {
            throw new IllegalArgumentException("need a contiguous float array, got " + array.shapeInfoToString());
        }
        this.buffer = array.data().asNioFloat();
        this.offset = (int) array.offset();
        this.length = (int) array.length();
    }

    float get(int i) {
        return buffer.get(offset + i);
    }

    void put(int i, float value) {
        buffer.put(offset + i, value);
    }

    /** Where element (row, column) of a [rows, columns] table in {@code order} sits in the flat buffer. */
    static int index(char order, int rows, int columns, int row, int column) {
        return order == 'f' ? column * rows + row : row * columns + column;
    }
}
