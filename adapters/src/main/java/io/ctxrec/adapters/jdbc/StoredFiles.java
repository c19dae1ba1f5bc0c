package io.ctxrec.adapters.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A version's files in the database's model store ({@code model_store_files}, {@code model_store_chunks}):
 * each file one row with its SHA-256 and size, its bytes in chunks of at most {@value #CHUNK_BYTES}, one
 * statement per chunk, so that no packet comes near MySQL's max_allowed_packet and no more than one chunk
 * is held in memory.
 */
final class StoredFiles {
    static final int CHUNK_BYTES = 1 << 20;

    /** A stored file: its name in the version folder, the SHA-256 recorded at save, its size and chunks. */
    record StoredFile(String name, String sha256, long size, int chunks) {
    }

    private StoredFiles() {
    }

    /**
     * Stores {@code file} of {@code version} under its own name, with the SHA-256 recorded for it; the
     * version's row must be there.
     */
    static void insert(Connection connection, String version, Path file, String sha256) throws SQLException {
        String name = file.getFileName().toString();
        long size = sizeOf(file);
        Jdbc.update(connection, "INSERT INTO model_store_files (version, file_name, sha256, size_bytes, chunks)"
                + " VALUES (?, ?, ?, ?, ?)", s -> {
                    s.setString(1, version);
                    s.setString(2, name);
                    s.setString(3, sha256);
                    s.setLong(4, size);
                    s.setInt(5, Math.toIntExact((size + CHUNK_BYTES - 1) / CHUNK_BYTES));
                });
        try (InputStream in = Files.newInputStream(file)) {
            int index = 0;
            for (byte[] chunk = in.readNBytes(CHUNK_BYTES); chunk.length > 0; chunk = in.readNBytes(CHUNK_BYTES)) {
                byte[] content = chunk;
                int at = index++;
                Jdbc.update(connection, "INSERT INTO model_store_chunks (version, file_name, chunk, content)"
                        + " VALUES (?, ?, ?, ?)", s -> {
                            s.setString(1, version);
                            s.setString(2, name);
                            s.setInt(3, at);
                            s.setBytes(4, content);
                        });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The version's stored files by name. */
    static List<StoredFile> list(Connection connection, String version) throws SQLException {
        return Jdbc.query(connection, "SELECT file_name, sha256, size_bytes, chunks FROM model_store_files"
                        + " WHERE version = ? ORDER BY file_name", s -> s.setString(1, version),
                row -> new StoredFile(row.getString(1), row.getString(2), row.getLong(3), row.getInt(4)));
    }

    /**
     * Writes the stored bytes of {@code file} into {@code folder}, chunk by chunk in order. A chunk that is
     * missing leaves the file short: its checksum then tells the reader it is damaged.
     */
    static void copy(Connection connection, String version, StoredFile file, Path folder) throws SQLException {
        Path target = folder.resolve(file.name()).normalize();
        if (!folder.equals(target.getParent())) {
            throw new IllegalArgumentException("version " + version + " stores a file outside its folder: "
                    + file.name());
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int chunk = 0; chunk < file.chunks(); chunk++) {
                int index = chunk;
                for (byte[] content : Jdbc.query(connection, "SELECT content FROM model_store_chunks"
                        + " WHERE version = ? AND file_name = ? AND chunk = ?", s -> {
                            s.setString(1, version);
                            s.setString(2, file.name());
                            s.setInt(3, index);
                        }, row -> row.getBytes(1))) {
                    out.write(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
