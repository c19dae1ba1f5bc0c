package io.ctxrec.training.dataset;

import io.ctxrec.domain.model.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which context features a model gets: the four standard ones, then every extra feature seen in
 * training (sorted by name), minus any feature that takes one value only across the training events
 * (MovieLens' device_type is always unknown): it cannot tell two rows apart and would only add an
 * embedding row. A feature missing from some events counts "missing" as one of its values.
 */
record ContextFeatures(List<String> kept, List<String> dropped) {
    private static final List<String> STANDARD =
            List.of(Context.TIME_OF_DAY, Context.SEASON, Context.DEVICE_TYPE, Context.CATEGORY);

    static ContextFeatures choose(List<Event> train) {
        Set<String> extra = new TreeSet<>();
        train.forEach(e -> extra.addAll(e.features().keySet()));
        Set<String> candidates = new LinkedHashSet<>(STANDARD);
        candidates.addAll(extra);
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String feature : candidates) {
            (varies(feature, train) ? kept : dropped).add(feature);
        }
        return new ContextFeatures(List.copyOf(kept), List.copyOf(dropped));
    }

    /** No feature kept: every one {@link #choose} would consider is dropped. */
    static ContextFeatures none(List<Event> train) {
        ContextFeatures all = choose(train);
        List<String> dropped = new ArrayList<>(all.kept());
        dropped.addAll(all.dropped());
        return new ContextFeatures(List.of(), List.copyOf(dropped));
    }

    private static boolean varies(String feature, List<Event> train) {
        Set<String> values = new HashSet<>();
        for (Event e : train) {
            values.add(e.features().get(feature));
            if (values.size() > 1) {
                return true;
            }
        }
        return false;
    }
}
