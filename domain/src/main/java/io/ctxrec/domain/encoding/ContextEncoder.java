package io.ctxrec.domain.encoding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Encodes the values of one context feature. Index 0 is reserved for a value never seen in training
 * (or missing), so a model always has an embedding row to look up; known values take 1..n.
 */
public final class ContextEncoder {
    public static final String UNKNOWN = "<unknown>";
    public static final int UNKNOWN_INDEX = 0;

    private final String feature;
    private final List<String> values;
    private final Map<String, Integer> index;

    private ContextEncoder(String feature, List<String> valuesInIndexOrder) {
        this.feature = Objects.requireNonNull(feature, "feature");
        if (valuesInIndexOrder.isEmpty() || !UNKNOWN.equals(valuesInIndexOrder.get(0))) {
            throw new IllegalArgumentException("context encoder " + feature + ": index 0 must be " + UNKNOWN);
        }
        this.values = List.copyOf(valuesInIndexOrder);
        this.index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (index.put(values.get(i), i) != null) {
                throw new IllegalArgumentException("context encoder " + feature + ": duplicate value " + values.get(i));
            }
        }
    }

    /** Fits on the observed values (nulls ignored), sorted after the reserved unknown slot. */
    public static ContextEncoder fit(String feature, Collection<String> observed) {
        List<String> v = new ArrayList<>();
        v.add(UNKNOWN);
        observed.stream().filter(Objects::nonNull).filter(s -> !UNKNOWN.equals(s))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).forEach(v::add);
        return new ContextEncoder(feature, v);
    }

    /** Rebuilds an encoder from its values listed in index order, {@link #UNKNOWN} first (as saved). */
    public static ContextEncoder ofIndexOrder(String feature, List<String> valuesInIndexOrder) {
        return new ContextEncoder(feature, valuesInIndexOrder);
    }

    public String feature() {
        return feature;
    }

    /** The value's index, or {@link #UNKNOWN_INDEX} for a value not seen in training or null. */
    public int indexOf(String value) {
        Integer i = value == null ? null : index.get(value);
        return i == null ? UNKNOWN_INDEX : i;
    }

    public String valueAt(int idx) {
        return values.get(idx);
    }

    /** Number of indexes including the unknown slot. */
    public int size() {
        return values.size();
    }

    public List<String> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContextEncoder other && feature.equals(other.feature) && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(feature, values);
    }
}
