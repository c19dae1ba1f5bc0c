package io.ctxrec.adapters.family;

import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.adapters.ensemble.EnsembleFamily;
import io.ctxrec.domain.family.ModelFamilies;

/**
 * The model families the service ships with: the four DL4J models, ItemPop, which every training counts
 * ({@link ItemPopFamily}), and the ensemble of the models trained. A new family is one more line here.
 */
public final class BuiltInFamilies {
    private static final ModelFamilies ALL = ModelFamilies.of(Dl4jFamily.ALL).with(new ItemPopFamily())
            .with(new EnsembleFamily());

    private BuiltInFamilies() {
    }

    public static ModelFamilies all() {
        return ALL;
    }
}
