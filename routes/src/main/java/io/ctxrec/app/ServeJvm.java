package io.ctxrec.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The JVM {@code serve} runs in ({@code ctxrec.serve.jvm-options}): {@code java -jar ctxrec.jar serve} started
 * without a collector or heap size of its own runs itself again as a child JVM with these options before its
 * own (the collector and heap the service is measured with; glibc's arenas bounded, {@link #environment}),
 * waits for it, stops it when stopped and exits with its exit code. A JVM started with {@code -Xmx} or a
 * {@code -XX:+Use...GC} is left as the operator chose; an empty setting never relaunches.
 */
public final class ServeJvm {
    private ServeJvm() {
    }

    /** The options to run again with, or none: serve in this JVM. */
    static List<String> relaunchWith(String configured, List<String> thisJvmsOptions) {
        String options = configured == null ? "" : configured.trim();
        boolean chosen = thisJvmsOptions.stream().anyMatch(o -> o.startsWith("-Xmx") || o.matches("-XX:\\+Use\\w+GC"));
        if (options.isEmpty() || chosen) {
            return List.of();
        }
        return List.of(options.split("\\s+"));
    }

    /**
     * What the child's environment gets beyond this one's: {@code MALLOC_ARENA_MAX=2} unless set. glibc gives
     * each thread that allocates native memory (ND4J's arrays, in training and scoring threads) an arena of
     * its own, up to eight per core, each keeping what was freed in it: on the demo shop under load that was
     * a good part of the ~370 MiB the service held beyond its heap.
     */
    public static Map<String, String> environment(Map<String, String> current) {
        return current.containsKey("MALLOC_ARENA_MAX") ? Map.of() : Map.of("MALLOC_ARENA_MAX", "2");
    }

    /** Runs this process's command line again with {@code options} before it; the child's exit code. */
    static int relaunch(List<String> options) throws IOException, InterruptedException {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        command.add(self.command().orElseThrow(() -> new IllegalStateException("cannot tell this JVM's command")));
        command.addAll(options);
        command.addAll(List.of(self.arguments().orElseThrow(
                () -> new IllegalStateException("cannot tell this JVM's arguments"))));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment(System.getenv()));
        Process child = builder.start();
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-child-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        // This JVM only waits from now on: a full collection lets G1 give back the heap that reading the jar and
        // the settings touched (its pages stayed resident beside the service: about 13 MB).
        System.gc();
        int exit = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException stopping) {
            // this JVM is stopping (SIGTERM): the hook stopped the child, which has drained and exited
        }
        return exit;
    }
}
