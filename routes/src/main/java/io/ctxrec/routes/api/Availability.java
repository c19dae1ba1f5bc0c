package io.ctxrec.routes.api;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whether the service takes requests, and how many it is answering: STARTING until every route has
 * started, READY while it serves, DRAINING from the moment it is told to stop. Only a READY service takes
 * a request ({@link #enter}); a stopping one waits for those it took ({@link #awaitIdle}) before the
 * routes and the database are closed. {@link AvailabilityGate} applies it to HTTP.
 */
public final class Availability {
    /** The service's phase. */
    public enum Phase { STARTING, READY, DRAINING }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private Phase phase = Phase.STARTING;
    private int inFlight;

    public Phase phase() {
        lock.lock();
        try {
            return phase;
        } finally {
            lock.unlock();
        }
    }

    /** Every route has started: requests are taken (unless draining began already). */
    public void ready() {
        lock.lock();
        try {
            if (phase == Phase.STARTING) {
                phase = Phase.READY;
            }
        } finally {
            lock.unlock();
        }
    }

    /** From now on no request is taken; those taken are still answered. */
    public void drain() {
        lock.lock();
        try {
            phase = Phase.DRAINING;
        } finally {
            lock.unlock();
        }
    }

    /** Takes a request if READY (then {@link #leave} must follow once it is answered); false otherwise. */
    public boolean enter() {
        lock.lock();
        try {
            if (phase != Phase.READY) {
                return false;
            }
            inFlight++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** A request taken by {@link #enter} was answered (or its connection went). */
    public void leave() {
        lock.lock();
        try {
            inFlight--;
            if (inFlight <= 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no request taken is unanswered, at most {@code timeout}; true if none is left. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (inFlight > 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = idle.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
