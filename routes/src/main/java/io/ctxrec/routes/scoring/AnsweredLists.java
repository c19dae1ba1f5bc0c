package io.ctxrec.routes.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request's top-K lists from the models that answered in time; a model that failed or timed out is not in it. */
public record AnsweredLists(List<ModelTopK> lists) {
    public static final AnsweredLists NONE = new AnsweredLists(List.of());

    public AnsweredLists {
        lists = List.copyOf(lists);
    }

    public AnsweredLists with(ModelTopK list) {
        List<ModelTopK> more = new ArrayList<>(lists);
        more.add(list);
        return new AnsweredLists(more);
    }

    public boolean isEmpty() {
        return lists.isEmpty();
    }

    /** Model name to its ranked product ids. */
    public Map<String, List<String>> rankings() {
        Map<String, List<String>> r = new LinkedHashMap<>();
        lists.forEach(l -> r.put(l.model(), l.productIds()));
        return r;
    }

    public ModelTopK of(String model) {
        return lists.stream().filter(l -> l.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no list of model " + model));
    }
}
