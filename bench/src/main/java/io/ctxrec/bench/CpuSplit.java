package io.ctxrec.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Where one row's CPU time went on this machine: each part of the set-up (a service instance, the load balancer,
 * the database, the load generator) by its process's user + system time in {@code /proc}, the rest of the
 * machine's busy time as {@code other} (other sessions' work, the kernel's), and the idle time. On a machine of few
 * cores this says whether a second instance had a core to use: the parts, other and idle add up to the machine's
 * capacity over the row (cores × its wall time), unlike latency, which only says that something waited.
 */
record CpuSplit(Map<String, Double> seconds, double otherSeconds, double idleSeconds) {
    /** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK); /proc counts process and machine time in it. */
    static final int TICKS_PER_SECOND = 100;

    /** One reading: each part's ticks (negative where not known, e.g. no such process), the machine's busy and idle ticks. */
    record Sample(Map<String, Long> parts, long machineBusy, long machineIdle) {
    }

    /** Reads each part and the machine now ({@code /proc/stat}; zeros off Linux). */
    static Sample sample(Map<String, LongSupplier> parts) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        parts.forEach((name, reading) -> ticks.put(name, reading.getAsLong()));
        long[] machine = machineTicks();
        return new Sample(ticks, machine[0], machine[1]);
    }

    /** The split of what happened between two readings; a part not known in either is NaN and counts as other. */
    static CpuSplit between(Sample before, Sample after) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        double accounted = 0;
        for (Map.Entry<String, Long> part : before.parts().entrySet()) {
            long from = part.getValue();
            long to = after.parts().getOrDefault(part.getKey(), -1L);
            double s = from < 0 || to < 0 ? Double.NaN : (to - from) / (double) TICKS_PER_SECOND;
            seconds.put(part.getKey(), s);
            accounted += Double.isNaN(s) ? 0 : s;
        }
        double busy = (after.machineBusy() - before.machineBusy()) / (double) TICKS_PER_SECOND;
        double idle = (after.machineIdle() - before.machineIdle()) / (double) TICKS_PER_SECOND;
        // Process and machine counters are read microseconds apart: a part may round above the machine's busy time.
        return new CpuSplit(seconds, Math.max(0, busy - accounted), idle);
    }

    /** The parts named {@code prefix…}, summed (NaN where none is known). */
    double sum(String prefix) {
        return seconds.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && !e.getValue().isNaN())
                .mapToDouble(Map.Entry::getValue).reduce(Double::sum).orElse(Double.NaN);
    }

    /** The machine's CPU seconds over the two readings: cores × wall time. */
    double capacitySeconds() {
        return seconds.values().stream().filter(s -> !s.isNaN()).mapToDouble(Double::doubleValue).sum()
                + otherSeconds + idleSeconds;
    }

    /** {@code s} as a share of the capacity, in percent (NaN for none). */
    double percent(double s) {
        double capacity = capacitySeconds();
        return capacity <= 0 ? Double.NaN : 100 * s / capacity;
    }

    /** A process's user + system ticks from {@code /proc/PID/stat}, -1 where there is no such process. */
    static long processTicks(long pid) {
        return statTicks(Path.of("/proc", String.valueOf(pid), "stat"), false);
    }

    /** This process's ticks and those of its children it has waited for (the wrk runs ended so far). */
    static long ownAndChildrenTicks() {
        return statTicks(Path.of("/proc/self/stat"), true);
    }

    /** The pid of the local MariaDB or MySQL server, if one runs here (its CPU is the database's share). */
    static Optional<Long> databaseServer() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> {
                try {
                    String name = Files.readString(p.resolve("comm")).trim();
                    return name.equals("mariadbd") || name.equals("mysqld");
                } catch (IOException gone) {
                    return false;
                }
            }).map(p -> Long.valueOf(p.getFileName().toString())).findFirst();
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    private static long statTicks(Path stat, boolean children) {
        try {
            return ticksOf(Files.readString(stat), children);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** utime + stime (fields 14 and 15 of proc(5)), plus cutime + cstime (16, 17) with {@code children}. */
    static long ticksOf(String stat, boolean children) {
        // The fields after the command name, which may hold spaces and brackets, start after its last bracket.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return children ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
    }

    /** Busy (user, nice, system, irq, softirq, steal) and idle (idle, iowait) ticks of all cores, from /proc/stat. */
    static long[] machineTicks() {
        try {
            return machineTicksOf(Files.readAllLines(Path.of("/proc/stat")).get(0));
        } catch (IOException | RuntimeException notLinux) {
            return new long[] {0, 0};
        }
    }

    static long[] machineTicksOf(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += i < f.length ? Long.parseLong(f[i]) : 0;
        }
        return new long[] {busy, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }
}
