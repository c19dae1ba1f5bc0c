package io.ctxrec.adapters.artifacts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file of a version, in {@value #FILE_NAME} (the {@code sha256sum} format, so
 * {@code sha256sum -c checksums.sha256} checks a folder by hand), written when the version is published
 * and checked when it is loaded. A version saved before checksums were recorded has no such file: it
 * loads unchecked, and says so.
 */
public final class ArtifactChecksums {
    public static final String FILE_NAME = "checksums.sha256";

    private ArtifactChecksums() {
    }

    /** Records the checksum of every regular file in {@code folder}. */
    public static void write(Path folder) {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(FILE_NAME)) {
                    sums.put(name, sha256(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the checksums of " + folder, e);
        }
        write(folder, sums);
    }

    /** Records {@code sums} (file name to SHA-256, hex) as {@code folder}'s checksums, as they were at save. */
    public static void write(Path folder, Map<String, String> sums) {
        List<String> lines = new ArrayList<>();
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(e.getValue() + "  " + e.getKey()));
        try {
            Files.write(folder.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the checksums of " + folder, e);
        }
    }

    /**
     * The checksums recorded in {@code folder}, file name to SHA-256 (hex), in file order; empty when it has
     * none. An IllegalArgumentException names a malformed line.
     */
    public static Map<String, String> recorded(Path folder) {
        Path list = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(list)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + list, e);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.indexOf("  ") != 64) {
                throw new IllegalArgumentException(list + ": malformed line '" + line + "'");
            }
            sums.put(line.substring(66), line.substring(0, 64));
        }
        return sums;
    }

    /**
     * The recorded files that are damaged, file name to what is wrong ("missing", "SHA-256 differs");
     * empty when the version has no checksums file. A checksums file that cannot be read damages the
     * whole version: it is reported under its own name.
     */
    public static Optional<Map<String, String>> verify(Path folder) {
        Path list = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(list)) {
            return Optional.empty();
        }
        Map<String, String> damaged = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.of(Map.of(FILE_NAME, "unreadable: " + e.getMessage()));
        }
        for (String line : lines) {
            int gap = line.indexOf("  ");
            if (gap != 64) {
                return Optional.of(Map.of(FILE_NAME, "malformed line '" + line + "'"));
            }
            String name = line.substring(gap + 2);
            Path file = folder.resolve(name);
            if (!name.equals(file.getFileName().toString()) || !Files.isRegularFile(file)) {
                damaged.put(name, "missing");
            } else if (!sha256(file).equals(line.substring(0, gap))) {
                damaged.put(name, "SHA-256 differs from the one recorded at save");
            }
        }
        return Optional.of(damaged);
    }

    /** The SHA-256 of {@code file}'s bytes, in lower-case hex. */
    public static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
