package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * How this instance runs beside others ({@code ctxrec.cluster.*}, {@code ctxrec.role}): alone (the default) or one
 * of several on one database, and whether it trains.
 *
 * @param enabled  several instances share the database: Quartz clustered on it, training under its lease, each
 *                 cache hit checked against it
 * @param role     what this instance does
 * @param instance this instance's name in the cluster (Quartz's instance id, the lease's owner, the runs' instance)
 * @param lease    how long a training lease lasts unless renewed
 * @param renew    how often a training instance renews it
 * @param checkin  how often Quartz's instances check in (a silent one's triggers are recovered after about this)
 */
record ClusterSettings(boolean enabled, Role role, String instance, Duration lease, Duration renew, Duration checkin) {

    /** serve: never trains; train and both: train (schedule, start-up, admin) and serve. */
    enum Role {
        SERVE, TRAIN, BOTH;

        boolean trains() {
            return this != SERVE;
        }

        static Role parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ctxrec.role must be serve, train or both, not '" + value + "'", e);
            }
        }
    }

    ClusterSettings {
        if (renew.compareTo(lease.dividedBy(2)) > 0 || renew.isZero() || renew.isNegative()) {
            throw new IllegalArgumentException("ctxrec.cluster.lease-renew-seconds must be above 0 and at most half of"
                    + " ctxrec.cluster.lease-seconds, so that a training instance keeps its lease");
        }
    }

    static ClusterSettings fromConfig(CtxrecConfig config) {
        String id = config.get("ctxrec.cluster.instance-id").trim();
        return new ClusterSettings(config.getBoolean("ctxrec.cluster.enabled"), Role.parse(config.get("ctxrec.role")),
                id.isEmpty() || id.equalsIgnoreCase("AUTO") ? autoInstance() : id,
                Duration.ofSeconds(config.getInt("ctxrec.cluster.lease-seconds")),
                Duration.ofSeconds(config.getInt("ctxrec.cluster.lease-renew-seconds")),
                Duration.ofMillis(config.getInt("ctxrec.cluster.checkin-ms")));
    }

    /** Host name, process id and a random part: unique per start, readable in the logs and the runs table. */
    private static String autoInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
