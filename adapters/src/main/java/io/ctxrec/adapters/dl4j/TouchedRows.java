package io.ctxrec.adapters.dl4j;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Which rows of each embedding table the last backward pass wrote, so {@link LazyAdam} and {@link LazyL2}
 * visit those rows instead of scanning whole tables, whose cost grows with the catalogue.
 * DL4J hands an updater only a flat view of the gradient, so tables are found by the native address of their
 * gradient view. An entry holds its layer weakly: once the layer is gone its memory may be reused, and the
 * entry is ignored and dropped.
 */
final class TouchedRows {
    private static final Map<Long, Entry> ENTRIES = new ConcurrentHashMap<>();

    /** A table's distinct written rows; {@code offset} is its first element within the view it was found in. */
    record Table(int offset, int rows, int width, int[] list, int count) {
    }

    private record Entry(WeakReference<Object> owner, int rows, int width, int[] list, int count) {
    }

    private TouchedRows() {
    }

    static long address(INDArray view) {
        return view.data().address() + view.offset() * (long) view.data().getElementSize();
    }

    /** Called by the layer after writing its gradient: {@code list[0..count)} are distinct rows, ascending. */
    static void record(Object owner, INDArray gradientView, int rows, int width, int[] list, int count) {
        ENTRIES.put(address(gradientView), new Entry(new WeakReference<>(owner), rows, width, list, count));
    }

    /** The recorded tables lying inside {@code view}; empty when none is known (then scan). */
    static List<Table> within(INDArray view) {
        long start = address(view);
        int elementSize = view.data().getElementSize();
        long end = start + view.length() * elementSize;
        List<Table> found = new ArrayList<>();
        ENTRIES.forEach((address, e) -> {
            if (e.owner().get() == null) {
                ENTRIES.remove(address, e);
            } else if (address >= start && address + (long) e.rows() * e.width() * elementSize <= end) {
                found.add(new Table((int) ((address - start) / elementSize), e.rows(), e.width(), e.list(), e.count()));
            }
        });
        return found;
    }
}
