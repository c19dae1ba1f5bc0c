package io.ctxrec.routes.api;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vert.x instance platform-http finds in the registry, so that its HTTP server answers the requests
 * Vert.x's decoder refuses with {@link HttpRejections#invalidRequest} (JSON) instead of an empty body.
 * platform-http creates its server and starts listening in one step, and a server takes that handler only
 * before it listens: this instance sets it as each server is created, and then runs {@code onServerCreated}
 * (platform-http's router exists by then: handlers put on it are there for the first request). Everything
 * else is Vert.x's own.
 */
public final class JsonRejectingVertx {
    private JsonRejectingVertx() {
    }

    public static Vertx wrap(Vertx vertx, Runnable onServerCreated) {
        // each request calls executeBlocking through here: a method made accessible once is not checked again
        // (the check looks up its caller's class, 2 % of a cache hit's CPU)
        Set<Method> opened = ConcurrentHashMap.newKeySet();
        return (Vertx) Proxy.newProxyInstance(Vertx.class.getClassLoader(), new Class<?>[] {Vertx.class},
                (proxy, method, args) -> {
                    if (!opened.contains(method)) {
                        method.setAccessible(true);
                        opened.add(method);
                    }
                    try {
                        Object result = method.invoke(vertx, args);
                        if (result instanceof HttpServer server && args != null && args.length == 1
                                && args[0] instanceof HttpServerOptions) {
                            server.invalidRequestHandler(HttpRejections::invalidRequest);
                            onServerCreated.run();
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
