package io.ctxrec.domain.port;

import java.nio.file.Path;
import java.util.List;

/**
 * Where every version's artifacts (model files, encoders, results, checksums) live, so that every instance
 * can serve any published version: a directory all instances see, or the database. A training run writes a
 * version's files into a local {@link #draft} folder and {@link #publish}es it; serving reads a version's
 * files from its {@link #localFolder}.
 */
public interface ModelStore {

    /** A fresh, empty local folder for the version's files (any earlier draft of it is gone). */
    Path draft(String version);

    /**
     * Makes the complete draft the version, with the SHA-256 of each file, for every instance at once: a
     * reader sees all its files or none. The draft's files stay readable at {@link #localFolder}.
     */
    void publish(String version);

    /**
     * A local folder holding the published version's files, as published (damage is for the reader to find
     * through the checksums): read from the store first when this instance has no copy. Throws
     * IllegalArgumentException when the store has no such version.
     */
    Path localFolder(String version);

    /** Removes the version everywhere: its draft, its local copy, its stored copy. Unknown: nothing happens. */
    void delete(String version);

    /** The published versions, oldest first. */
    List<String> versions();
}
