package io.ctxrec.routes.scoring;

import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;

/** What a per-model route calls: one model scores every product of the task and keeps its top k. */
public class ModelScorer {

    /** The model's top k, or null when the version has no such model (it then simply does not answer). */
    public ModelTopK topK(ScoringTask task, String model) {
        ModelName name = ModelName.of(model);
        ScoringModel scoring = task.version().models().get(name);
        if (scoring == null) {
            return null;
        }
        float[] scores = scoring.score(task.user(), task.items(), task.context());
        // A NaN would make the ranking meaningless; BestScores leaves such an item out.
        return new ModelTopK(name.displayName(), BestScores.of(task.itemIds(), scores, task.k()));
    }
}
