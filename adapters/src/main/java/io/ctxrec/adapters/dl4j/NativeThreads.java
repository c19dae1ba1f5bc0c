package io.ctxrec.adapters.dl4j;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ctxrec's networks are small: splitting each op over native threads costs more than it saves (NeuMF
 * trains ~10x faster on one thread on a 2-core machine). Same effect as {@code OMP_NUM_THREADS=1}, for
 * a JVM started without it; call once at start-up, before training or scoring.
 */
public final class NativeThreads {
    private NativeThreads() {
    }

    public static void useOne() {
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
    }
}
