package io.ctxrec.routes.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files the web page is made of, by their public path: an explicit allow-list, so nothing else on
 * the class path (configuration, classes) can be fetched over HTTP. {@code /} is the page,
 * {@code /ui/*} its own script and style (from {@code src/web}), {@code /vendor/*} React, htm and
 * Mermaid from their web jars, {@code /diagrams/*.mmd} the system diagrams (from {@code src/diagrams}).
 */
public final class WebAssets {
    /** One servable file. */
    public record Asset(String path, String contentType, byte[] bytes, String cacheControl) {
    }

    private static final String PAGE = "web/index.html";
    private final ClassLoader loader;
    private final Map<String, String[]> resources = new HashMap<>();
    private final Map<String, Asset> loaded = new ConcurrentHashMap<>();

    public WebAssets() {
        this(WebAssets.class.getClassLoader());
    }

    WebAssets(ClassLoader loader) {
        this.loader = loader;
        map("/", PAGE, "no-cache");
        map("/index.html", PAGE, "no-cache");
        map("/api/docs", "web/api-docs.html", "no-cache");
        for (String file : new String[] {"app.js", "charts.js", "diagrams.js", "style.css", "api-docs.js"}) {
            map("/ui/" + file, "web/" + file, "no-cache");
        }
        map("/diagrams/ctxrec-system.mmd", "diagrams/ctxrec-system.mmd", "no-cache");
        Properties vendor = new Properties();
        try (InputStream in = loader.getResourceAsStream("web-vendor.properties")) {
            if (in == null) {
                throw new IllegalStateException("web-vendor.properties is missing from the class path");
            }
            vendor.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        vendor.stringPropertyNames().forEach(name ->
                map("/vendor/" + name, vendor.getProperty(name), "public, max-age=86400"));
    }

    private void map(String path, String resource, String cacheControl) {
        resources.put(path, new String[] {resource, cacheControl});
    }

    /** The asset at a public path, or empty when the path is not part of the page. */
    public Optional<Asset> find(String path) {
        String[] entry = resources.get(path);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(path, p -> load(p, entry[0], entry[1])));
    }

    private Asset load(String path, String resource, String cacheControl) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the web page's " + resource + " is missing from the class path");
            }
            return new Asset(path, contentType(resource), in.readAllBytes(), cacheControl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType(String resource) {
        if (resource.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (resource.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (resource.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }
}
