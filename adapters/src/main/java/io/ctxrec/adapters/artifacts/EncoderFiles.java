package io.ctxrec.adapters.artifacts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code encoders.json}: {@code users} and {@code items} are the ids in index order; {@code contexts}
 * lists the context features in position order, each with its {@code values} in index order
 * ({@code <unknown>} first). Plain JSON, so any tool can read a version's encoders.
 */
public final class EncoderFiles {
    public static final String FILE_NAME = "encoders.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EncoderFiles() {
    }

    public static void write(Path file, EncoderSet encoders) {
        List<FeatureJson> contexts = encoders.contexts().stream()
                .map(c -> new FeatureJson(c.feature(), c.values())).toList();
        try {
            JSON.writeValue(file.toFile(), new EncodersJson(encoders.users().ids(), encoders.items().ids(), contexts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static EncoderSet read(Path file) {
        EncodersJson json;
        try {
            json = JSON.readValue(file.toFile(), EncodersJson.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (json.users() == null || json.items() == null || json.contexts() == null) {
            throw new IllegalArgumentException(file + ": users, items and contexts are required");
        }
        List<ContextEncoder> contexts = json.contexts().stream()
                .map(f -> ContextEncoder.ofIndexOrder(f.feature(), f.values())).toList();
        return new EncoderSet(IdEncoder.ofIndexOrder(json.users()), IdEncoder.ofIndexOrder(json.items()), contexts);
    }

    record EncodersJson(List<String> users, List<String> items, List<FeatureJson> contexts) {
    }

    record FeatureJson(String feature, List<String> values) {
    }
}
