package io.ctxrec.domain.port;

import io.ctxrec.domain.model.Interaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every view, cart and purchase. */
public interface InteractionHistory {

    /** Stores one interaction. The user and product must exist. */
    void record(Interaction interaction);

    /** The user's interactions, oldest first. */
    List<Interaction> forUser(String userId);

    /** When the user last interacted, or empty if never. */
    Optional<Instant> latestAt(String userId);

    /** Streams every interaction, ordered by time then insertion, without holding them all. */
    void forEach(Consumer<Interaction> sink);

    long count();
}
