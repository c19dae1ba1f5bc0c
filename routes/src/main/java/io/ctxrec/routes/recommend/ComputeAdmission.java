package io.ctxrec.routes.recommend;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Load shedding: at most {@code computing} lists are computed at once ({@code ctxrec.serving.max-computing}),
 * the others wait their turn in arrival order, at most {@code queue} ({@code ctxrec.serving.queue-ms}); a
 * request whose turn does not come by then is refused ({@link ServiceOverloadedException}, a 503), so under
 * overload the answered requests keep a bounded latency instead of all of them slowing without bound. A
 * stored list answers without a turn: a cache hit is never shed.
 */
public final class ComputeAdmission {
    private final Semaphore turns;
    private final int computing;
    private final long queueNanos;

    public ComputeAdmission(int computing, Duration queue) {
        if (computing < 1 || queue.isNegative()) {
            throw new IllegalArgumentException("ctxrec.serving.max-computing must be at least 1 and"
                    + " ctxrec.serving.queue-ms not negative, were " + computing + " and " + queue.toMillis());
        }
        this.turns = new Semaphore(computing, true);
        this.computing = computing;
        this.queueNanos = queue.toNanos();
    }

    /** Waits for the request's turn; refuses it when none comes within the queue time. */
    void enter(RecommendationState state) {
        boolean turn;
        try {
            turn = turns.tryAcquire(queueNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceOverloadedException("interrupted while waiting for a turn to compute");
        }
        if (!turn) {
            throw new ServiceOverloadedException("overloaded: " + computing + " lists are being computed and this"
                    + " request's turn did not come within " + TimeUnit.NANOSECONDS.toMillis(queueNanos) + " ms;"
                    + " try again shortly");
        }
        state.admitted(true);
    }

    /** Gives the request's turn to the next one, if it had one. */
    void leave(RecommendationState state) {
        if (state.admitted()) {
            state.admitted(false);
            turns.release();
        }
    }
}
