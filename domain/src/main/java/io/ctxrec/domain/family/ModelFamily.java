package io.ctxrec.domain.family;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of model the service can train and serve, as everything outside its own package sees it:
 * its name, the colour the page draws it in, the fallback weights that resemble its lists, and how a
 * version's saved model of this family is read back. Registered in a {@link ModelFamilies}.
 */
public interface ModelFamily {

    ModelName name();

    /** The CSS colour of the model's curves and bars on the page, e.g. {@code #c0392b}. */
    String colour();

    /**
     * The heuristic fallback's weights while this model would have served, when the configuration has no
     * {@code ctxrec.fallback.weights.<name>} key; empty for the default weights.
     */
    Optional<WeightProfile> fallbackWeights();

    /**
     * This family's model saved in a version's {@code folder}, checked against the version and its
     * encoders; empty when the version has no model of this family.
     */
    Optional<SavedModel> load(Path folder, String version, EncoderSet encoders);

    /** A saved model read back: as trained, and as it serves requests (the same scores, possibly faster). */
    record SavedModel(ScoringModel trained, ScoringModel serving) {
        public SavedModel {
            Objects.requireNonNull(trained, "trained");
            Objects.requireNonNull(serving, "serving");
            if (!trained.name().equals(serving.name())) {
                throw new IllegalArgumentException("serving " + serving.name() + " for " + trained.name());
            }
        }

        /** A model that serves as it is. */
        public static SavedModel of(ScoringModel model) {
            return new SavedModel(model, model);
        }
    }
}
