package io.ctxrec.adapters.jdbc;

import io.ctxrec.adapters.artifacts.ArtifactChecksums;
import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.adapters.jdbc.StoredFiles.StoredFile;
import io.ctxrec.domain.port.ModelStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ModelStore} in the database ({@code ctxrec.models.store=database}): a published version is a row
 * of {@code model_store_versions} and its files rows of {@link StoredFiles}, written in one transaction, so
 * every instance on the database sees the whole version or none of it. Training writes and publishes in a
 * local folder first; an instance without a copy of a version reads it into its local folders, with the
 * checksums recorded at save as the version's {@code checksums.sha256}, which the reader checks as it
 * checks any version folder. After such a read, the copies read so before of versions no longer stored
 * (pruned by the instance that trained) are removed; a folder this instance wrote itself is never removed so
 * (a version trained before the store was the database serves on from it).
 */
final class JdbcModelStore implements ModelStore {
    /** Marks a folder read from the database, beside its files (no checksum lists it). */
    static final String READ_MARK = ".read-from-database";

    private final Jdbc jdbc;
    private final VersionFolders local;
    private final Clock clock;

    JdbcModelStore(Jdbc jdbc, VersionFolders local, Clock clock) {
        this.jdbc = jdbc;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public Path draft(String version) {
        return local.draft(version);
    }

    /** Under the lock a read takes before it removes unstored copies, so it cannot take this one's. */
    @Override
    public synchronized void publish(String version) {
        local.publish(version);
        Path folder = local.folder(version);
        Map<String, String> sums = ArtifactChecksums.recorded(folder);
        long size = sums.keySet().stream().mapToLong(name -> StoredFiles.sizeOf(folder.resolve(name))).sum();
        jdbc.inTransaction("storing model version " + version, connection -> {
            Jdbc.update(connection, "DELETE FROM model_store_versions WHERE version = ?", s -> s.setString(1, version));
            Jdbc.update(connection, "INSERT INTO model_store_versions (version, published_at, files, size_bytes)"
                    + " VALUES (?, ?, ?, ?)", s -> {
                        s.setString(1, version);
                        Columns.setTime(s, 2, clock.instant());
                        s.setInt(3, sums.size());
                        s.setLong(4, size);
                    });
            for (Map.Entry<String, String> file : sums.entrySet()) {
                StoredFiles.insert(connection, version, folder.resolve(file.getKey()), file.getValue());
            }
            return null;
        });
    }

    @Override
    public Path localFolder(String version) {
        return Files.isDirectory(local.folder(version)) ? local.folder(version) : read(version);
    }

    private synchronized Path read(String version) {
        if (Files.isDirectory(local.folder(version))) {
            return local.folder(version);
        }
        Path folder = jdbc.inTransaction("reading model version " + version, connection -> {
            if (Jdbc.query(connection, "SELECT version FROM model_store_versions WHERE version = ?",
                    s -> s.setString(1, version), row -> row.getString(1)).isEmpty()) {
                throw new IllegalArgumentException("version " + version + " is not in the model store");
            }
            List<StoredFile> files = StoredFiles.list(connection, version);
            return local.receive(version, into -> {
                Map<String, String> sums = new LinkedHashMap<>();
                for (StoredFile file : files) {
                    copy(connection, version, file, into);
                    sums.put(file.name(), file.sha256());
                }
                ArtifactChecksums.write(into, sums);
                mark(into);
            });
        });
        forgetCopiesNotStored();
        return folder;
    }

    private static void copy(Connection connection, String version, StoredFile file, Path into) {
        try {
            StoredFiles.copy(connection, version, file, into);
        } catch (SQLException e) {
            throw SqlErrors.translate("reading " + file.name() + " of model version " + version, e);
        }
    }

    private static void mark(Path folder) {
        try {
            Files.createFile(folder.resolve(READ_MARK));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + folder, e);
        }
    }

    private void forgetCopiesNotStored() {
        List<String> stored = versions();
        local.versions().stream().filter(v -> !stored.contains(v))
                .filter(v -> Files.exists(local.folder(v).resolve(READ_MARK))).forEach(local::delete);
    }

    /** In a transaction: no query timeout for the cascade over the version's chunks. */
    @Override
    public void delete(String version) {
        local.delete(version);
        jdbc.inTransaction("deleting model version " + version + " from the store", connection -> Jdbc.update(
                connection, "DELETE FROM model_store_versions WHERE version = ?", s -> s.setString(1, version)));
    }

    @Override
    public List<String> versions() {
        return jdbc.query("SELECT version FROM model_store_versions ORDER BY version", Jdbc.NO_PARAMETERS,
                row -> row.getString(1));
    }
}
