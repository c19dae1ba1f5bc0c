package io.ctxrec.routes.scoring;

import io.ctxrec.domain.scoring.CombiningModel;
import io.ctxrec.domain.scoring.ModelName;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the members answered: each combining model of the version (the ensemble) adds its top k, combined
 * from the scores of its members that answered in time ({@link MemberScores}). One whose members all failed
 * or were late does not answer; one that fails is logged and left out, as a failing member is.
 */
final class Combinations {
    private static final Logger LOG = LoggerFactory.getLogger(Combinations.class);

    private Combinations() {
    }

    static AnsweredLists added(ScoringTask task, AnsweredLists members) {
        AnsweredLists all = members;
        Set<String> answered = members.rankings().keySet();
        for (CombiningModel combining : task.version().combining()) {
            Map<ModelName, float[]> scored = task.memberScores().of(combining, answered);
            if (scored.isEmpty()) {
                continue;
            }
            try {
                float[] scores = combining.combine(scored);
                all = all.with(new ModelTopK(combining.name().displayName(),
                        BestScores.of(task.itemIds(), scores, task.k())));
            } catch (RuntimeException e) {
                LOG.warn("{} failed and drops out of this request: {}", combining.name(), e.toString());
            }
        }
        return all;
    }
}
