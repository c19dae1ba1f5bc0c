package io.ctxrec.adapters.artifacts;

import io.ctxrec.domain.port.ModelStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The version folders under one directory ({@code ctxrec.models.dir}, by default {@code <dataDir>/versions/}):
 * the model store itself when every instance sees that directory ({@code ctxrec.models.store=files}), or
 * an instance's local copy of the database's ({@link io.ctxrec.adapters.jdbc.JdbcAdapters#modelStore}). A
 * run writes into {@code <version>.tmp} and renames it to {@code <version>} in one atomic move when every
 * file is there, so a folder without the suffix is always complete, and carries the checksums of its files.
 */
public final class VersionFolders implements ModelStore {
    static final String TEMP_SUFFIX = ".tmp";

    private final Path root;

    /** The folders under {@code <dataDir>/versions/}. */
    public VersionFolders(Path dataDir) {
        this(dataDir, "versions");
    }

    private VersionFolders(Path parent, String name) {
        this.root = parent.resolve(name);
    }

    /** The folders directly under {@code root}. */
    public static VersionFolders at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return new VersionFolders(absolute.getParent(), absolute.getFileName().toString());
    }

    public Path root() {
        return root;
    }

    public Path folder(String version) {
        return root.resolve(version);
    }

    Path temp(String version) {
        return root.resolve(version + TEMP_SUFFIX);
    }

    /** A fresh, empty temp folder for the version. */
    @Override
    public Path draft(String version) {
        Path temp = temp(version);
        deleteTree(temp);
        try {
            return Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + temp, e);
        }
    }

    /**
     * Records the SHA-256 of every file of the complete temp folder ({@link ArtifactChecksums}), then renames
     * it to the version's folder.
     */
    @Override
    public void publish(String version) {
        ArtifactChecksums.write(temp(version));
        try {
            Files.move(temp(version), folder(version), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish version " + version, e);
        }
    }

    /** The version's folder; IllegalArgumentException when there is none. */
    @Override
    public Path localFolder(String version) {
        Path folder = folder(version);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("version " + version + " has no folder " + folder);
        }
        return folder;
    }

    /**
     * Makes the version's folder from what {@code write} puts into a fresh folder of its own (a copy read from
     * elsewhere), in one atomic move once it returns; a folder the version already has is kept instead (another
     * thread's copy). Returns the version's folder.
     */
    public Path receive(String version, Consumer<Path> write) {
        Path incoming = root.resolve(version + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            Files.createDirectories(incoming);
            write.accept(incoming);
            if (!Files.isDirectory(folder(version))) {
                Files.move(incoming, folder(version), StandardCopyOption.ATOMIC_MOVE);
            }
            return folder(version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy version " + version + " into " + root, e);
        } finally {
            deleteTree(incoming);
        }
    }

    /** Removes the version's folder and temp folder, whichever exist. */
    @Override
    public void delete(String version) {
        deleteTree(temp(version));
        deleteTree(folder(version));
    }

    /** The complete version folders' names, oldest first. */
    @Override
    public List<String> versions() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(TEMP_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    static void deleteTree(Path top) {
        if (!Files.exists(top)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + top, e);
        }
    }
}
