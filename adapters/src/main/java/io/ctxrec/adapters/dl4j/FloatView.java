package io.ctxrec.adapters.dl4j;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Element {@code i} of a contiguous float INDArray, read and written in place through its native buffer. */
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
}
