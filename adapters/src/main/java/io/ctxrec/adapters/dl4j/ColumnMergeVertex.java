package io.ctxrec.adapters.dl4j;

import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@link MergeVertex} (inputs concatenated along the feature axis) whose backward pass splits the
 * gradient with plain array copies ({@link ColumnMerge}), cheaper than DL4J's strided native copy of each
 * part (docs/PERFORMANCE.md). Same configuration, forward pass and gradients. DL4J rebuilds it
 * from the model zip's JSON, so it keeps the public no-arg constructor.
 */
public class ColumnMergeVertex extends MergeVertex {

    @Override
    public GraphVertex instantiate(ComputationGraph graph, String name, int idx, INDArray paramsView,
                                   boolean initializeParams, DataType networkDatatype) {
        return new ColumnMerge(graph, name, idx, networkDatatype, mergeAxis);
    }

    @Override
    public ColumnMergeVertex clone() {
        ColumnMergeVertex copy = new ColumnMergeVertex();
        copy.setMergeAxis(getMergeAxis());
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * getClass().getName().hashCode() + super.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMergeVertex(axis=" + getMergeAxis() + ")";
    }
}
