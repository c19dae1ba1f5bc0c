package io.ctxrec.domain.port;

import java.time.Instant;
import java.util.Optional;

/**
 * The one lease on training that the instances of a cluster share: an instance trains only while it holds it,
 * renews it while it trains and releases it after; a lease not renewed expires, so an instance that dies while
 * training frees it by itself. Times come from the caller's clock (instances' clocks must agree to well within
 * a lease).
 */
public interface TrainingLease {

    /** Takes the lease for {@code owner} until {@code until} when it is free or expired at {@code now}. */
    boolean acquire(String owner, Instant now, Instant until);

    /** Extends {@code owner}'s lease to {@code until}; false when {@code owner} no longer holds it. */
    boolean renew(String owner, Instant until);

    /** Gives the lease up, if {@code owner} holds it. */
    void release(String owner);

    /** Who holds the lease at {@code now}; empty when it is free or expired. */
    Optional<String> holder(Instant now);
}
