package io.ctxrec.routes.scoring;

import io.ctxrec.domain.scoring.CombiningModel;
import io.ctxrec.domain.scoring.ModelName;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One request's member scores for the version's combining models (the ensemble), so that they combine the
 * scores the members computed for the request instead of scoring them again: each member's route adds its
 * scores, prepared by every combining model it is a member of, on its own thread as soon as it has scored;
 * the combining step after the multicast reads those of the members that answered in time.
 */
public final class MemberScores {
    private final Map<ModelName, Map<ModelName, float[]>> prepared = new ConcurrentHashMap<>();

    /** {@code member}'s scores of the task's items, prepared for each of {@code version}'s models that combine it. */
    void add(ServingVersion version, ModelName member, float[] scores) {
        for (CombiningModel combining : version.combining()) {
            if (combining.members().contains(member)) {
                prepared.computeIfAbsent(combining.name(), c -> new ConcurrentHashMap<>())
                        .put(member, combining.prepare(member, scores));
            }
        }
    }

    /** What {@code combining}'s members among {@code answered} added; a member that added nothing is left out. */
    Map<ModelName, float[]> of(CombiningModel combining, Set<String> answered) {
        Map<ModelName, float[]> mine = prepared.getOrDefault(combining.name(), Map.of());
        Map<ModelName, float[]> theirs = new HashMap<>();
        for (ModelName member : combining.members()) {
            float[] scores = mine.get(member);
            if (scores != null && answered.contains(member.displayName())) {
                theirs.put(member, scores);
            }
        }
        return theirs;
    }
}
