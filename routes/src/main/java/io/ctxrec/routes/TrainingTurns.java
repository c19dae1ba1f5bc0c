package io.ctxrec.routes;

import io.ctxrec.domain.port.TrainingLease;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whose turn it is to train. A single instance always has it (its {@code TrainingRunner} runs one training at a
 * time); in a cluster an instance trains only while it holds the database's {@link TrainingLease}, renewed by the
 * {@code training-lease} timer route while it trains. Whoever takes the lease after another instance first
 * tidies what that one left half-done ({@code onTaken}: its TRAINING versions and open runs).
 */
public final class TrainingTurns {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingTurns.class);

    private final String instance;
    private final TrainingLease lease;
    private final Duration length;
    private final Clock clock;
    private final Runnable onTaken;
    private volatile boolean holding;

    private TrainingTurns(String instance, TrainingLease lease, Duration length, Clock clock, Runnable onTaken) {
        this.instance = instance;
        this.lease = lease;
        this.length = length;
        this.clock = clock;
        this.onTaken = onTaken;
    }

    /** One instance alone: every turn is its own. */
    public static TrainingTurns alone(String instance) {
        return new TrainingTurns(instance, null, Duration.ZERO, Clock.systemUTC(), () -> { });
    }

    /** One of a cluster: a turn is the shared lease, {@code length} long unless renewed. */
    public static TrainingTurns shared(String instance, TrainingLease lease, Duration length, Clock clock,
                                       Runnable onTaken) {
        return new TrainingTurns(instance, lease, length, clock, onTaken);
    }

    /** This instance's name in the cluster (its runs and its lease carry it). */
    public String instance() {
        return instance;
    }

    /** Takes the turn; false when another instance holds it, or this one already does. */
    public synchronized boolean take() {
        if (lease == null) {
            return true;
        }
        if (holding || !lease.acquire(instance, clock.instant(), clock.instant().plus(length))) {
            return false;
        }
        holding = true;
        onTaken.run();
        return true;
    }

    /** Keeps the turn while training; called more often than the lease's length. */
    public void renew() {
        if (lease != null && holding && !lease.renew(instance, clock.instant().plus(length))) {
            LOG.warn("instance {} lost the training lease (not renewed within {} s)", instance, length.toSeconds());
        }
    }

    public synchronized void release() {
        if (lease != null && holding) {
            holding = false;
            lease.release(instance);
        }
    }

    /** The instance that trains now, when it is another one of the cluster; empty alone. */
    public Optional<String> otherTrainer() {
        return lease == null ? Optional.empty() : lease.holder(clock.instant()).filter(h -> !h.equals(instance));
    }
}
