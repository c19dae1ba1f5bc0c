package io.ctxrec.app;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The JVM {@code serve} runs in ({@code ctxrec.serve.jvm-options}): {@code java -jar ctxrec.jar serve} started
 * without a collector or heap size of its own runs itself again with these options before its own (the collector
 * and heap the service is measured with; glibc's arenas bounded, {@link #environment}). On Linux it replaces
 * itself ({@code execve(2)}, {@link #exec}): the same process, its PID, terminal and signals, now the service's
 * JVM, and nothing left of the JVM that only chose the options. Where that cannot be done it runs the service as a
 * child process, waits for it, stops it when stopped and exits with its exit code (that waiting JVM holds about
 * 60 MB). A JVM started with {@code -Xmx} or a {@code -XX:+Use...GC} is left as the operator chose; an empty
 * setting never relaunches.
 */
public final class ServeJvm {
    /** fcntl(2)'s command and flag (Linux, every architecture). */
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;
    /** Marks the JVM serve ran itself again in, which never runs itself again (whatever the options are). */
    static final String RELAUNCHED = "-Dctxrec.serve.relaunched=true";

    private ServeJvm() {
    }

    /** The options to run again with, or none: serve in this JVM. */
    static List<String> relaunchWith(String configured, List<String> thisJvmsOptions) {
        boolean chosen = thisJvmsOptions.stream().anyMatch(o -> o.startsWith("-Xmx") || o.matches("-XX:\\+Use\\w+GC")
                || o.equals(RELAUNCHED));
        return chosen ? List.of() : configuredOptions(configured);
    }

    /** {@code ctxrec.serve.jvm-options} as a list, without what this Java does not have ({@link #supported}). */
    public static List<String> configuredOptions(String configured) {
        String options = configured == null ? "" : configured.trim();
        return options.isEmpty() ? List.of() : supported(List.of(options.split("\\s+")), Runtime.version());
    }

    /**
     * {@code options} without those this Java does not have, which would stop the JVM from starting:
     * {@code -XX:TrimNativeHeapInterval} (HotSpot returning the native memory freed in glibc's arenas to the
     * system) came with Java 17.0.9, 21.0.1 and 22, experimental before 22.
     */
    public static List<String> supported(List<String> options, Runtime.Version java) {
        boolean trims = java.feature() >= 22 || (java.feature() == 21 && java.update() >= 1)
                || (java.feature() == 17 && java.update() >= 9);
        return trims ? options : options.stream().filter(o -> !o.startsWith("-XX:TrimNativeHeapInterval=")).toList();
    }

    /**
     * What the service's JVM's environment gets beyond this one's: {@code MALLOC_ARENA_MAX=2} unless set. glibc gives
     * each thread that allocates native memory (ND4J's arrays, in training and scoring threads) an arena of
     * its own, up to eight per core, each keeping what was freed in it: on the demo shop under load that was
     * a good part of the ~370 MiB the service held beyond its heap.
     */
    public static Map<String, String> environment(Map<String, String> current) {
        return current.containsKey("MALLOC_ARENA_MAX") ? Map.of() : Map.of("MALLOC_ARENA_MAX", "2");
    }

    /**
     * Runs this process's command line again with {@code options} before it: in this process where it can
     * ({@link #exec}, which then never returns), else as a child; the child's exit code.
     */
    static int relaunch(List<String> options) throws IOException, InterruptedException {
        List<String> command = commandWith(options);
        Map<String, String> extraEnvironment = environment(System.getenv());
        String failed = exec(command, extraEnvironment);
        System.err.println("serve: could not replace this JVM (" + failed + "); running the service as a child process");
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(extraEnvironment);
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

    /** This JVM's command line with {@code options} and {@link #RELAUNCHED} after the {@code java} executable. */
    static List<String> commandWith(List<String> options) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        command.add(self.command().orElseThrow(() -> new IllegalStateException("cannot tell this JVM's command")));
        command.addAll(options);
        command.add(RELAUNCHED);
        command.addAll(List.of(self.arguments().orElseThrow(
                () -> new IllegalStateException("cannot tell this JVM's arguments"))));
        return command;
    }

    /**
     * Replaces this process with {@code command} ({@code execve(2)} through JNA, which DL4J's dependencies bring),
     * its environment this one's with {@code extraEnvironment}. The descriptors this JVM opened beyond stdin,
     * stdout and stderr are marked close-on-exec first, so that the new JVM does not inherit them (the jar, for
     * one). Returns only when it could not: why.
     */
    static String exec(List<String> command, Map<String, String> extraEnvironment) {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return "not Linux";
        }
        try {
            NativeLibrary libc = NativeLibrary.getInstance("c");
            closeOnExec(libc.getFunction("fcntl"));
            Map<String, String> env = new TreeMap<>(System.getenv());
            env.putAll(extraEnvironment);
            String[] envp = env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            System.out.flush();
            System.err.flush();
            // String[] arguments go to C as NULL-terminated char* arrays
            libc.getFunction("execve").invokeInt(new Object[] {command.get(0), command.toArray(String[]::new), envp});
            return "execve failed, errno " + Native.getLastError();
        } catch (LinkageError | RuntimeException e) {
            return e.toString();
        }
    }

    private static void closeOnExec(Function fcntl) {
        File[] open = new File("/proc/self/fd").listFiles();
        for (File fd : open == null ? new File[0] : open) {
            int n = Integer.parseInt(fd.getName());
            if (n > 2) {
                fcntl.invokeInt(new Object[] {n, F_SETFD, FD_CLOEXEC});
            }
        }
    }
}
