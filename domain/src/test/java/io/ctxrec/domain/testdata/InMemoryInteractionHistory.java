package io.ctxrec.domain.testdata;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.port.InteractionHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** An {@link InteractionHistory} in a list; does not check that the user and product exist. */
public final class InMemoryInteractionHistory implements InteractionHistory {
    private final List<Interaction> interactions = new ArrayList<>();

    public static InMemoryInteractionHistory of(Interaction... recorded) {
        InMemoryInteractionHistory history = new InMemoryInteractionHistory();
        List.of(recorded).forEach(history::record);
        return history;
    }

    @Override
    public void record(Interaction interaction) {
        interactions.add(interaction);
    }

    @Override
    public List<Interaction> forUser(String userId) {
        return byTime().stream().filter(i -> i.userId().equals(userId)).toList();
    }

    @Override
    public Optional<Instant> latestAt(String userId) {
        return forUser(userId).stream().map(Interaction::at).max(Comparator.naturalOrder());
    }

    @Override
    public void forEach(Consumer<Interaction> sink) {
        byTime().forEach(sink);
    }

    @Override
    public long count() {
        return interactions.size();
    }

    // A stable sort keeps insertion order among equal timestamps, as the port promises.
    private List<Interaction> byTime() {
        return interactions.stream().sorted(Comparator.comparing(Interaction::at)).toList();
    }
}
