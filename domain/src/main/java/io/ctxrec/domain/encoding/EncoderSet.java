package io.ctxrec.domain.encoding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Everything a model version needs to turn ids and context into indexes: the user and item encoders
 * and one encoder per context feature, whose list position is the feature's position (the meta).
 */
public record EncoderSet(IdEncoder users, IdEncoder items, List<ContextEncoder> contexts) {

    public EncoderSet {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(items, "items");
        contexts = List.copyOf(contexts);
        long distinct = contexts.stream().map(ContextEncoder::feature).distinct().count();
        if (distinct != contexts.size()) {
            throw new IllegalArgumentException("context features must be distinct");
        }
    }

    public int nUsers() {
        return users.size();
    }

    public int nItems() {
        return items.size();
    }

    /** Total context indexes over all features, unknown slots included (the size of one shared table). */
    public int nContexts() {
        return contexts.stream().mapToInt(ContextEncoder::size).sum();
    }

    public int nContextFeatures() {
        return contexts.size();
    }

    public List<String> featureNames() {
        return contexts.stream().map(ContextEncoder::feature).toList();
    }

    /** Position of a feature in {@link #encodeContext}'s output, or empty if the set has no such feature. */
    public OptionalInt positionOf(String feature) {
        for (int i = 0; i < contexts.size(); i++) {
            if (contexts.get(i).feature().equals(feature)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Per-feature indexes in position order; a missing or unseen value maps to its feature's unknown slot. */
    public int[] encodeContext(Map<String, String> features) {
        int[] out = new int[contexts.size()];
        for (int i = 0; i < out.length; i++) {
            ContextEncoder e = contexts.get(i);
            out[i] = e.indexOf(features.get(e.feature()));
        }
        return out;
    }

    /** Offset of each feature's first index in one shared table of {@link #nContexts()} rows. */
    public int[] contextOffsets() {
        int[] offsets = new int[contexts.size()];
        int sum = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = sum;
            sum += contexts.get(i).size();
        }
        return offsets;
    }
}
