package io.ctxrec.routes.scoring;

import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoredItem;
import io.ctxrec.domain.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;

/** What a per-model route calls: one model scores every product of the task and keeps its top k. */
public class ModelScorer {

    /** The model's top k, or null when the version has no such model (it then simply does not answer). */
    public ModelTopK topK(ScoringTask task, String model) {
        ModelName name = ModelName.parse(model);
        ScoringModel scoring = task.version().models().get(name);
        if (scoring == null) {
            return null;
        }
        float[] scores = scoring.score(task.user(), task.items(), task.context());
        List<ScoredItem> all = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            // A NaN would make the ranking meaningless; leave the item out rather than rank it anywhere.
            if (!Float.isNaN(scores[i])) {
                all.add(new ScoredItem(task.itemIds().get(i), scores[i]));
            }
        }
        all.sort(ScoredItem.BEST_FIRST);
        return new ModelTopK(name.displayName(), all.subList(0, Math.min(task.k(), all.size())));
    }
}
