package io.ctxrec.adapters.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version folders under {@code <dataDir>/versions/}. A run writes into {@code <version>.tmp} and
 * renames it to {@code <version>} in one atomic move when every file is there, so a folder without the
 * suffix is always complete, and carries the checksums of its files.
 */
public final class VersionFolders {
    static final String TEMP_SUFFIX = ".tmp";

    private final Path root;

    public VersionFolders(Path dataDir) {
        this.root = dataDir.resolve("versions");
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
    public Path createTemp(String version) {
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
    public Path publish(String version) {
        ArtifactChecksums.write(temp(version));
        try {
            return Files.move(temp(version), folder(version), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish version " + version, e);
        }
    }

    /** Removes the version's folder and temp folder, whichever exist. */
    public void delete(String version) {
        deleteTree(temp(version));
        deleteTree(folder(version));
    }

    /** The complete version folders' names, oldest first. */
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

    private static void deleteTree(Path top) {
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
