package io.ctxrec.adapters.dl4j;

import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.impl.MergeVertex;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The runtime of {@link ColumnMergeVertex}. For [batch, width] float inputs merged on axis 1 the backward
 * pass reads the gradient once and copies each input's columns out row by row; anything else (masks,
 * other ranks or axes) goes to DL4J's own.
 */
final class ColumnMerge extends MergeVertex {
    private final int axis;
    private long[] widths;

    ColumnMerge(ComputationGraph graph, String name, int index, DataType dataType, int axis) {
        super(graph, name, index, dataType, axis);
        this.axis = axis;
    }

    @Override
    public INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
        long[] w = new long[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            w[i] = inputs[i].rank() == 2 ? inputs[i].size(1) : -1;
        }
        widths = w;
        return super.doForward(training, workspaceMgr);
    }

    @Override
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!splittable()) {
            return super.doBackward(tbptt, workspaceMgr);
        }
        int rows = (int) epsilon.size(0);
        int total = (int) epsilon.size(1);
        float[] all = new float[rows * total];
        INDArray source = epsilon.ordering() == 'c' && epsilon.elementWiseStride() == 1 ? epsilon : epsilon.dup('c');
        FloatView in = new FloatView(source);
        in.buffer.get(in.offset, all);
        INDArray[] out = new INDArray[widths.length];
        int from = 0;
        for (int i = 0; i < widths.length; i++) {
            int width = (int) widths[i];
            float[] part = new float[rows * width];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(all, r * total + from, part, r * width, width);
            }
            out[i] = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT,
                    new long[] {rows, width}, 'c');
            FloatView o = new FloatView(out[i]);
            o.buffer.put(o.offset, part);
            from += width;
        }
        return new Pair<>(null, out);
    }

    private boolean splittable() {
        if (axis != 1 || widths == null || widths.length != inputs.length || epsilon == null
                || epsilon.rank() != 2 || epsilon.dataType() != DataType.FLOAT
                || epsilon.length() > Integer.MAX_VALUE) {
            return false;
        }
        long sum = 0;
        for (long w : widths) {
            if (w < 1) {
                return false;
            }
            sum += w;
        }
        return sum == epsilon.size(1);
    }
}
