package io.ctxrec.app;

import io.ctxrec.routes.api.Availability;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.main.MainSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code serve} stops on SIGTERM (or Ctrl-C), as a JVM shutdown hook in place of Camel Main's own:
 * first it stops taking requests (new ones, and readiness, answer 503 JSON), then waits for those in
 * flight at most the drain time, then lets Camel stop its routes and the HTTP server, and waits until
 * {@code serve} has closed the database last ({@link #closed}). H2 is told not to close itself at exit
 * ({@code DB_CLOSE_ON_EXIT=FALSE}), so nothing closes it under a running request.
 */
final class GracefulShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

    private final Availability availability;
    private final Duration drain;
    private final Duration stop;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile MainSupport main;

    /**
     * @param drain the longest wait for the requests in flight
     * @param stop  the longest wait, after the drain, for the routes, the server and the database to close
     */
    GracefulShutdown(Availability availability, Duration drain, Duration stop) {
        this.availability = availability;
        this.drain = drain;
        this.stop = stop;
    }

    /** Registers the hook; from now on a SIGTERM drains. */
    GracefulShutdown install() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::run, "ctxrec-shutdown"));
        return this;
    }

    /** The Camel Main to stop once drained (none yet: the process stops before the routes start). */
    void stopping(MainSupport main) {
        this.main = main;
    }

    /** {@code serve} has stopped Camel and closed the database: the hook may let the JVM end. */
    void closed() {
        closed.countDown();
    }

    void run() {
        if (closed.getCount() == 0) {
            return;
        }
        LOG.info("stopping: no new requests; waiting at most {} s for the {} in flight", drain.toSeconds(),
                availability.inFlight());
        availability.drain();
        try {
            if (!availability.awaitIdle(drain)) {
                LOG.warn("drain time ({} s) over with {} requests still in flight; stopping anyway",
                        drain.toSeconds(), availability.inFlight());
            }
            MainSupport m = main;
            if (m != null) {
                m.completed();
            }
            if (!closed.await(stop.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("not stopped within {} s after the drain; exiting anyway", stop.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
