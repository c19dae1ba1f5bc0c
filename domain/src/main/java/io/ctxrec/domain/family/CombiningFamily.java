package io.ctxrec.domain.family;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.scoring.ModelName;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A family whose model combines the models of the other families of the same version (an ensemble, a
 * {@link io.ctxrec.domain.scoring.CombiningModel}). Training fits it after the others, on the validation
 * split; loading reads it back over the members loaded already; serving combines the members' scores of
 * the same request instead of scoring them again.
 */
public interface CombiningFamily extends ModelFamily {

    /**
     * Chooses the combination from the members' validation scores and saves it into {@code folder}, so that
     * {@link #load(Path, String, Map)} reads it back.
     *
     * @param validation member to its scores of the validation cases: one row per case, the held-out
     *                   positive first, then the case's negatives, the same cases and candidates for every member
     * @param quality    the validation quality (NDCG@K) of a score matrix of that shape; higher is better
     * @return each member's weight in the combination chosen, in the order of {@code validation}
     */
    Map<ModelName, Double> fit(String version, Map<ModelName, float[][]> validation,
                               ToDoubleFunction<float[][]> quality, Path folder);

    /**
     * The combination saved in {@code folder} over {@code members}, the version's other models loaded
     * already; empty when the version has none. IllegalArgumentException when a member it needs is missing
     * or the file is not of {@code version}.
     */
    Optional<SavedModel> load(Path folder, String version, Map<ModelName, SavedModel> members);

    /** A combining family is read with its members ({@link #load(Path, String, Map)}): alone it reads nothing. */
    @Override
    default Optional<SavedModel> load(Path folder, String version, EncoderSet encoders) {
        return Optional.empty();
    }
}
