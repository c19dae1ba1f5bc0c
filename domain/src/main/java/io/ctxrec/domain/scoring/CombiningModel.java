package io.ctxrec.domain.scoring;

import java.util.List;
import java.util.Map;

/**
 * A model whose scores combine the scores of other models of the same version, its members (an ensemble).
 * Serving scores each member once and hands the combination the members' own score arrays of the request:
 * {@link #prepare} on each member's thread as soon as it has scored, {@link #combine} once over the members
 * that answered in time. {@link #score} does both itself, scoring the members (offline evaluation).
 */
public interface CombiningModel extends ScoringModel {

    /** The models whose scores it combines. */
    List<ModelName> members();

    /** What {@link #combine} needs of one member's scores of a request's items; a new array, {@code scores} untouched. */
    float[] prepare(ModelName member, float[] scores);

    /**
     * The combined scores of a request's items from the {@link #prepare prepared} arrays of the members that
     * answered (each of the same length); IllegalArgumentException when none of its members is among them.
     */
    float[] combine(Map<ModelName, float[]> prepared);
}
