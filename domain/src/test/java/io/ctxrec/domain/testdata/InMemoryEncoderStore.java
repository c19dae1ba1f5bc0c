package io.ctxrec.domain.testdata;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.port.EncoderStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link EncoderStore} in a map; {@link #failingWith} makes every later save fail, like a lost connection. */
public final class InMemoryEncoderStore implements EncoderStore {
    private final Map<String, EncoderSet> byVersion = new ConcurrentHashMap<>();
    private volatile RuntimeException failure;

    public InMemoryEncoderStore failingWith(RuntimeException value) {
        this.failure = value;
        return this;
    }

    @Override
    public void save(String version, EncoderSet encoders) {
        if (failure != null) {
            throw failure;
        }
        byVersion.put(version, encoders);
    }

    @Override
    public Optional<EncoderSet> load(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    public java.util.Set<String> versions() {
        return java.util.Set.copyOf(byVersion.keySet());
    }
}
