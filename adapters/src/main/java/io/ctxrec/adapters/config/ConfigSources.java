package io.ctxrec.adapters.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Reads the configuration's property layers: the packaged defaults and an optional file. */
final class ConfigSources {
    static final String DEFAULTS = "ctxrec-config/ctxrec.properties";

    private ConfigSources() {
    }

    static Map<String, String> packagedDefaults() {
        return read(defaults());
    }

    static Map<String, String> file(Path file) {
        return read(file);
    }

    private static Properties defaults() {
        try (InputStream in = ConfigSources.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("packaged defaults " + DEFAULTS + " are missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
        return m;
    }

    private static Map<String, String> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("configuration file " + file + " cannot be read");
        }
        try (Reader r = Files.newBufferedReader(file)) {
            Properties p = new Properties();
            p.load(r);
            return read(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + file, e);
        }
    }
}
