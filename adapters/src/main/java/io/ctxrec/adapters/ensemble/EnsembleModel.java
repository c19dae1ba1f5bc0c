package io.ctxrec.adapters.ensemble;

import io.ctxrec.domain.scoring.BlockRequests;
import io.ctxrec.domain.scoring.CombiningModel;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ensemble of one version: the weighted mean of its members' {@link RankNormalisation rank-normalised}
 * scores over the items asked about. Members with weight 0 are not members. When some members did not
 * answer (serving: failed or late), the weights of those that did are scaled to sum to 1 again.
 */
final class EnsembleModel implements CombiningModel {
    private final String version;
    private final EnsembleWeights weights;
    private final Map<ModelName, ScoringModel> members;

    /** @param members at least the models {@code weights} gives weight, of {@code version} */
    EnsembleModel(String version, EnsembleWeights weights, Map<ModelName, ScoringModel> members) {
        this.version = Objects.requireNonNull(version, "version");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.members = new HashMap<>();
        for (ModelName member : weights.members()) {
            ScoringModel model = members.get(member);
            if (model == null) {
                throw new IllegalArgumentException("the ensemble of version " + version + " needs " + member
                        + ", which the version does not have");
            }
            this.members.put(member, model);
        }
    }

    @Override
    public ModelName name() {
        return EnsembleFamily.NAME;
    }

    @Override
    public String version() {
        return version;
    }

    EnsembleWeights weights() {
        return weights;
    }

    @Override
    public List<ModelName> members() {
        return weights.members();
    }

    @Override
    public float[] prepare(ModelName member, float[] scores) {
        return RankNormalisation.of(scores);
    }

    @Override
    public float[] combine(Map<ModelName, float[]> prepared) {
        double total = 0;
        float[] combined = null;
        for (ModelName member : weights.members()) {
            float[] ranks = prepared.get(member);
            if (ranks == null) {
                continue;
            }
            if (combined == null) {
                combined = new float[ranks.length];
            } else if (ranks.length != combined.length) {
                throw new IllegalArgumentException(member + " scored " + ranks.length + " items, another member "
                        + combined.length);
            }
            float w = (float) weights.of(member);
            for (int i = 0; i < ranks.length; i++) {
                combined[i] += w * ranks[i];
            }
            total += w;
        }
        if (combined == null) {
            throw new IllegalArgumentException("none of the ensemble's members " + members() + " answered");
        }
        if (Math.abs(total - 1) > 1e-6) {
            float scale = (float) (1 / total);
            for (int i = 0; i < combined.length; i++) {
                combined[i] *= scale;
            }
        }
        return combined;
    }

    @Override
    public float[] score(int user, int[] items, int[] context) {
        Map<ModelName, float[]> prepared = new HashMap<>();
        for (ModelName member : weights.members()) {
            prepared.put(member, prepare(member, members.get(member).score(user, items, context)));
        }
        return combine(prepared);
    }

    /** Each member scores the whole block (in its own large products), then each request is combined. */
    @Override
    public float[][] scoreBlock(int[] users, int[][] items, int[][] contexts) {
        BlockRequests.check(users, items, contexts);
        Map<ModelName, float[][]> scored = new HashMap<>();
        for (ModelName member : weights.members()) {
            scored.put(member, members.get(member).scoreBlock(users, items, contexts));
        }
        float[][] combined = new float[users.length][];
        for (int r = 0; r < users.length; r++) {
            Map<ModelName, float[]> prepared = new HashMap<>();
            for (ModelName member : weights.members()) {
                prepared.put(member, prepare(member, scored.get(member)[r]));
            }
            combined[r] = combine(prepared);
        }
        return combined;
    }

    @Override
    public String toString() {
        return "Ensemble[" + version + ", " + weights + "]";
    }
}
