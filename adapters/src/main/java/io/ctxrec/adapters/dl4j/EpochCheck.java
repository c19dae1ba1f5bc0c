package io.ctxrec.adapters.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;

/** Asked after every epoch whether training goes on: early stopping watches the graph here. */
@FunctionalInterface
public interface EpochCheck {
    EpochCheck ALWAYS = (graph, report) -> true;

    /** False to stop after this epoch; {@code graph} holds the epoch's weights. */
    boolean proceed(ComputationGraph graph, EpochReport report);
}
