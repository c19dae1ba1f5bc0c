package io.ctxrec.adapters.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolved configuration. Layers, highest first: system properties, environment variables
 * ({@code ctxrec.db.url} is {@code CTXREC_DB_URL}), an optional file, the packaged defaults
 * ({@code config/ctxrec.properties}). Values may refer to other keys as {@code ${key}}.
 *
 * <p>Why not Camel Main's own properties (checked against Camel 4.18): the training and import commands
 * read this configuration without a CamelContext, and the service builds its beans from it before Main
 * binds any property; in Camel a {@code ${key}} in a value stays literal (it nests {@code {{key}}} only,
 * and the files users already have say {@code ${ctxrec.data.dir}}); of two property files the first listed
 * wins, so a user's file would have to come before the defaults; the environment override reads only the
 * real environment, so tests cannot hand one in; and a key no layer defines is an empty Optional there,
 * where here reading it (or overriding it by {@link #with}) is an error naming it, as is a malformed
 * number or boolean in the typed getters. The resolved map still becomes Camel's initial properties, so
 * routes read {@code {{ctxrec.*}}} placeholders.
 */
public final class CtxrecConfig {
    private static final Pattern REF = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, String> values;

    private CtxrecConfig(Map<String, String> values) {
        this.values = values;
    }

    /** Loads the defaults, the file named by {@code CTXREC_CONFIG} if any, the environment and system properties. */
    public static CtxrecConfig load() {
        return load(null, System.getenv(), System.getProperties());
    }

    /** As {@link #load()}, with an explicit file (null: the one named by {@code CTXREC_CONFIG}, if any). */
    public static CtxrecConfig load(Path file, Map<String, String> env, Properties system) {
        Map<String, String> raw = new TreeMap<>(ConfigSources.packagedDefaults());
        Path extra = file != null ? file : env.containsKey("CTXREC_CONFIG") ? Path.of(env.get("CTXREC_CONFIG")) : null;
        if (extra != null) {
            raw.putAll(ConfigSources.file(extra));
        }
        for (String key : raw.keySet().toArray(String[]::new)) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null) {
                raw.put(key, fromEnv);
            }
            String fromSystem = system.getProperty(key);
            if (fromSystem != null) {
                raw.put(key, fromSystem);
            }
        }
        Map<String, String> resolved = new TreeMap<>();
        raw.keySet().forEach(k -> resolved.put(k, resolve(k, raw, 0)));
        return new CtxrecConfig(Map.copyOf(resolved));
    }

    /** The environment variable that overrides {@code key}: {@code ctxrec.db.pool-size} is {@code CTXREC_DB_POOL_SIZE}. */
    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown configuration key " + key);
        }
        return v;
    }

    public int getInt(String key) {
        try {
            return Integer.parseInt(get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + get(key) + "'");
        }
    }

    public double getDouble(String key) {
        try {
            return Double.parseDouble(get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + get(key) + "'");
        }
    }

    public boolean getBoolean(String key) {
        String v = get(key).trim().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, was '" + get(key) + "'");
        }
        return Boolean.parseBoolean(v);
    }

    public Path getPath(String key) {
        return Path.of(get(key));
    }

    /** Every key with its resolved value, for Camel's property placeholders. */
    public Map<String, String> asMap() {
        return values;
    }

    /** A copy with some keys replaced (command-line options, tests). */
    public CtxrecConfig with(Map<String, String> overrides) {
        Map<String, String> copy = new TreeMap<>(values);
        overrides.forEach((k, v) -> {
            if (!copy.containsKey(k)) {
                throw new IllegalArgumentException("unknown configuration key " + k);
            }
            copy.put(k, v);
        });
        return new CtxrecConfig(Map.copyOf(copy));
    }

    private static String resolve(String key, Map<String, String> raw, int depth) {
        if (depth > 10) {
            throw new IllegalArgumentException("configuration key " + key + " refers to itself");
        }
        Matcher m = REF.matcher(raw.get(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            if (!raw.containsKey(ref)) {
                throw new IllegalArgumentException("configuration key " + key + " refers to unknown key " + ref);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(ref, raw, depth + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
