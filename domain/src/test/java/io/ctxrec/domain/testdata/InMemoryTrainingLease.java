package io.ctxrec.domain.testdata;

import io.ctxrec.domain.port.TrainingLease;
import java.time.Instant;
import java.util.Optional;

/** {@link TrainingLease} in two fields, as the database row behaves. */
public final class InMemoryTrainingLease implements TrainingLease {
    private String owner;
    private Instant expires;

    @Override
    public synchronized boolean acquire(String who, Instant now, Instant until) {
        if (owner != null && !owner.equals(who) && !expires.isBefore(now)) {
            return false;
        }
        owner = who;
        expires = until;
        return true;
    }

    @Override
    public synchronized boolean renew(String who, Instant until) {
        if (!who.equals(owner)) {
            return false;
        }
        expires = until;
        return true;
    }

    @Override
    public synchronized void release(String who) {
        if (who.equals(owner)) {
            owner = null;
            expires = null;
        }
    }

    @Override
    public synchronized Optional<String> holder(Instant now) {
        return owner == null || expires.isBefore(now) ? Optional.empty() : Optional.of(owner);
    }
}
