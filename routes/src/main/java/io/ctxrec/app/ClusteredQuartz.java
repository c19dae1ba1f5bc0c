package io.ctxrec.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * camel-quartz on Quartz's JDBC job store in clustered mode, on the service's own connection pool: the
 * {@code QRTZ_} tables of migration V5, the instances sharing one scheduler name, each its own instance id. Quartz
 * fires each trigger on exactly one instance, and when one stops checking in another recovers its triggers.
 */
final class ClusteredQuartz {
    private ClusteredQuartz() {
    }

    static void install(CamelContext context, DataSource dataSource, ClusterSettings cluster) {
        // Quartz finds its data source by name in a JVM-wide registry; a name of its own per service.
        String name = "ctxrec-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(name, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {
                // the pool is the service's, closed with it
            }

            @Override
            public void initialize() {
                // nothing: the pool is open
            }
        });
        QuartzComponent quartz = new QuartzComponent(context);
        quartz.setPrefixInstanceName(false);
        quartz.setProperties(properties(name, cluster));
        context.addComponent("quartz", quartz);
    }

    static Map<String, Object> properties(String dataSource, ClusterSettings cluster) {
        Map<String, Object> p = new HashMap<>();
        p.put("org.quartz.scheduler.instanceName", "ctxrec");
        p.put("org.quartz.scheduler.instanceId", cluster.instance());
        p.put("org.quartz.scheduler.skipUpdateCheck", "true");
        p.put("org.quartz.threadPool.threadCount", "2");
        p.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.put("org.quartz.jobStore.dataSource", dataSource);
        p.put("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.put("org.quartz.jobStore.isClustered", "true");
        p.put("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(cluster.checkin().toMillis()));
        return p;
    }
}
