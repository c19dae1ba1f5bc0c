package io.ctxrec.domain.testdata;

import io.ctxrec.domain.port.TrainingRunLog;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TrainingRunLog} in a map. */
public final class InMemoryTrainingRunLog implements TrainingRunLog {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public void save(Entry entry) {
        entries.put(entry.id(), entry);
    }

    @Override
    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public List<Entry> open() {
        return entries.values().stream().filter(e -> e.state().isOpen())
                .sorted(Comparator.comparing(Entry::requestedAt)).toList();
    }

    @Override
    public synchronized int abandonOthers(String instance, Instant at, String reason) {
        List<Entry> others = open().stream().filter(e -> !instance.equals(e.instance())).toList();
        others.forEach(e -> save(e.with(State.FAILED, e.instance(), at, reason)));
        return others.size();
    }

    /** Every entry, oldest first. */
    public List<Entry> all() {
        return entries.values().stream().sorted(Comparator.comparing(Entry::requestedAt)).toList();
    }
}
