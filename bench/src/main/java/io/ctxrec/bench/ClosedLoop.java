package io.ctxrec.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A bounded, closed-loop load generator: {@code clients} threads, each sending its next request as soon
 * as the previous one is answered, for a warm-up and then a measured window. Only requests started
 * inside the window count, so the figures are the service's steady state at that concurrency.
 */
final class ClosedLoop {
    /**
     * One run's figures; {@code unexpected} counts answers that were 200 but not of the expected kind,
     * {@code shed} the 503 {@code overloaded} answers of load shedding (not errors: the service refusing what it
     * cannot take in time), {@code answered} every answer, warm-up included. The percentiles are of every
     * answer, shed ones included; {@code perSecond} counts the answers that were not shed.
     */
    record Result(int requests, int errors, int unexpected, int shed, double medianMs, double p95Ms, double p99Ms,
                  double perSecond, int answered) {
        /** The shed answers' share of all, in percent. */
        double shedPercent() {
            return requests == 0 ? 0 : 100.0 * shed / requests;
        }
    }

    /** The body of a 503 that load shedding answers ({@code ErrorReplies}). */
    static final String SHED_CODE = "\"code\":\"overloaded\"";

    private final HttpClient client;

    ClosedLoop(HttpClient client) {
        this.client = client;
    }

    /**
     * @param request  the n-th request of a client (n counts per client, from a per-client offset)
     * @param expected whether a 200 answer's body is the kind the scenario measures
     */
    Result run(int clients, Duration warmup, Duration measure, IntFunction<HttpRequest> request,
               Predicate<String> expected) throws InterruptedException {
        long start = System.nanoTime();
        long from = start + warmup.toNanos();
        long until = from + measure.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        AtomicInteger shed = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[1 << 16];
            latencies.add(mine);
            int id = c;
            threads[c] = new Thread(() -> {
                int n = id * 7919;
                long[] own = mine;
                int kept = 0;
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= until) {
                        break;
                    }
                    boolean ok;
                    boolean asExpected = false;
                    boolean refused = false;
                    try {
                        HttpResponse<String> r = client.send(request.apply(n++), HttpResponse.BodyHandlers.ofString());
                        ok = r.statusCode() == 200;
                        asExpected = ok && expected.test(r.body());
                        refused = r.statusCode() == 503 && r.body().contains(SHED_CODE);
                    } catch (java.io.IOException e) {
                        ok = false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    long took = System.nanoTime() - sent;
                    answered.incrementAndGet();
                    if (sent >= from) {
                        if (refused) {
                            shed.incrementAndGet();
                        } else if (!ok) {
                            errors.incrementAndGet();
                        } else if (!asExpected) {
                            unexpected.incrementAndGet();
                        }
                        if (kept == own.length) {
                            own = Arrays.copyOf(own, own.length * 2);
                            latencies.set(id, own);
                        }
                        own[kept++] = took;
                        counts[id] = kept;
                    }
                }
            }, "bench-client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double seconds = measure.toNanos() / 1e9;
        return new Result(total, errors.get(), unexpected.get(), shed.get(), percentile(all, 0.50),
                percentile(all, 0.95), percentile(all, 0.99), (total - shed.get()) / seconds, answered.get());
    }

    /** Nearest rank, in milliseconds; NaN for no samples. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
