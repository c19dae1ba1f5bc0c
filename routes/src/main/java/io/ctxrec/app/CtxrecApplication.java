package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import java.util.Properties;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.SimpleMainShutdownStrategy;

/**
 * The Camel Main application: the resolved configuration becomes Camel's initial properties (so routes
 * read {@code {{ctxrec.*}}} placeholders), and the {@link ServiceGraph} its beans, routes and, before the
 * routes start, its route policies and health checks; once started, a box on the console with the page's
 * address and, when none was configured, the generated admin token. Camel Main's own SIGTERM hook is left
 * out: {@code serve} stops through {@link GracefulShutdown}, which drains the requests in flight first; Camel
 * then gives what still runs in its routes (a training) {@code ctxrec.shutdown.stop-seconds}.
 */
final class CtxrecApplication {
    private CtxrecApplication() {
    }

    static Main create(CtxrecConfig config, Infrastructure infra) {
        return create(config, ServiceGraph.of(config, infra));
    }

    static Main create(CtxrecConfig config, ServiceGraph graph) {
        Main main = new Main();
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
        Properties props = new Properties();
        props.putAll(config.asMap());
        props.setProperty("camel.main.name", "ctxrec");
        props.setProperty("camel.server.enabled", "true");
        props.setProperty("camel.server.port", config.get("ctxrec.http.port"));
        props.setProperty("camel.server.host", config.get("ctxrec.http.host"));
        props.setProperty("camel.server.maxBodySize", config.get("ctxrec.http.max-body-bytes"));
        props.setProperty("camel.main.shutdownTimeout", String.valueOf(config.getInt("ctxrec.shutdown.stop-seconds")));
        main.setInitialProperties(props);

        graph.beans().forEach(main::bind);
        graph.routes().forEach(main.configure()::addRoutesBuilder);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport m) {
                graph.install(m.getCamelContext());
            }

            @Override
            public void afterStart(BaseMainSupport m) {
                System.out.print(StartupBanner.text(StartupBanner.pageUrl(config.get("ctxrec.http.host"),
                        config.get("ctxrec.http.port")), graph.generatedAdminToken()));
                System.out.flush();
            }
        });
        return main;
    }
}
