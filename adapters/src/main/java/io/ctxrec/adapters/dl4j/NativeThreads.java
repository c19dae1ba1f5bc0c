package io.ctxrec.adapters.dl4j;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ctxrec's networks are small: splitting each op over native threads costs more than it saves, most of
 * all on a machine with few cores. Same effect as {@code OMP_NUM_THREADS=1}, for
 * a JVM started without it; call once at start-up, before training or scoring.
 */
public final class NativeThreads {
    private static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";
    private NativeThreads() {
    }

    /**
     * Turns off JavaCPP's check of the process's physical memory on every native allocation (it reads
     * /proc/self/statm each time, a file read per allocation); the check against the tracked native
     * bytes stays. Takes effect only before ND4J is first touched, so call it first; a value set on the
     * command line wins.
     */
    public static void skipPhysicalMemoryCheck() {
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(MAX_PHYSICAL_BYTES, "0");
        }
    }

    public static void useOne() {
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
    }
}
