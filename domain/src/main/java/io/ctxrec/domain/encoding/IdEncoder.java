package io.ctxrec.domain.encoding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Maps the shop's ids to contiguous indexes 0..size-1 and back. An id it was not fitted on has no
 * index ({@link OptionalInt#empty()}): the caller treats it as a cold start.
 */
public final class IdEncoder {
    private final List<String> ids;
    private final Map<String, Integer> index;

    private IdEncoder(List<String> idsInIndexOrder) {
        this.ids = List.copyOf(idsInIndexOrder);
        this.index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            if (index.put(ids.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate id in encoder: " + ids.get(i));
            }
        }
    }

    /** Fits on the given ids; indexes follow the ids' natural (sorted) order, so a fit is reproducible. */
    public static IdEncoder fit(Collection<String> ids) {
        return new IdEncoder(new ArrayList<>(new TreeSet<>(ids)));
    }

    /** Rebuilds an encoder from its ids listed in index order (as saved). */
    public static IdEncoder ofIndexOrder(List<String> idsInIndexOrder) {
        return new IdEncoder(idsInIndexOrder);
    }

    public OptionalInt indexOf(String id) {
        Integer i = id == null ? null : index.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public String idAt(int idx) {
        return ids.get(idx);
    }

    public int size() {
        return ids.size();
    }

    /** The ids in index order. */
    public List<String> ids() {
        return ids;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdEncoder other && ids.equals(other.ids);
    }

    @Override
    public int hashCode() {
        return ids.hashCode();
    }
}
