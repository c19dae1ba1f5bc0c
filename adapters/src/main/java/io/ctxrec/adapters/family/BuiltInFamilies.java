package io.ctxrec.adapters.family;

import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.domain.family.ModelFamilies;

/**
 * The model families the service ships with: the four DL4J models and ItemPop, which every training counts
 * ({@link ItemPopFamily}). A new family is one more line here.
 */
public final class BuiltInFamilies {
    private static final ModelFamilies ALL = ModelFamilies.of(Dl4jFamily.ALL).with(new ItemPopFamily());

    private BuiltInFamilies() {
    }

    public static ModelFamilies all() {
        return ALL;
    }
}
