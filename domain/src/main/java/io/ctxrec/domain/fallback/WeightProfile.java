package io.ctxrec.domain.fallback;

import io.ctxrec.domain.scoring.ModelName;
import java.util.Locale;

/**
 * How much each normalised signal counts in the {@link HeuristicFallback} score. The weights are
 * non-negative and sum to 1 (within 1e-9), so a score stays in [0, 1].
 */
public record WeightProfile(double rating, double ratingCount, double views, double discount, double purchaseIntent) {

    /** Rating 45 %, rating count, views and discount 15 % each, purchase intent 10 %. */
    public static final WeightProfile DEFAULT = new WeightProfile(0.45, 0.15, 0.15, 0.15, 0.10);

    public WeightProfile {
        double[] all = {rating, ratingCount, views, discount, purchaseIntent};
        String[] names = {"rating", "ratingCount", "views", "discount", "purchaseIntent"};
        double sum = 0;
        for (int i = 0; i < all.length; i++) {
            if (!(all[i] >= 0 && Double.isFinite(all[i]))) {
                throw new IllegalArgumentException("weight " + names[i] + " must be a non-negative number, was " + all[i]);
            }
            sum += all[i];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must sum to 1, sum to " + sum);
        }
    }

    /**
     * A profile close to {@link #DEFAULT}, nudged towards what each model family leans on, so the
     * fallback a user sees while a model is unavailable resembles that model's list; an unknown name
     * gets {@link #DEFAULT}.
     * <ul>
     * <li>ENCM (context-aware): intent 15 %, rating 40 % - what is being carted now matters more.</li>
     * <li>LNCM (MF + MLP): rating count 20 %, views 10 % - well-evidenced ratings.</li>
     * <li>NeuMF (implicit feedback): views 20 %, discount 10 % - what gets looked at.</li>
     * <li>BMF (biases): rating 50 %, discount 10 % - the item bias tracks quality.</li>
     * </ul>
     */
    public static WeightProfile forModel(String modelName) {
        if (modelName == null) {
            return DEFAULT;
        }
        String name = modelName.trim().toUpperCase(Locale.ROOT);
        for (ModelName m : ModelName.values()) {
            if (m.name().equals(name)) {
                return forModel(m);
            }
        }
        return DEFAULT;
    }

    public static WeightProfile forModel(ModelName model) {
        return switch (model) {
            case ENCM -> new WeightProfile(0.40, 0.15, 0.15, 0.15, 0.15);
            case LNCM -> new WeightProfile(0.45, 0.20, 0.10, 0.15, 0.10);
            case NEUMF -> new WeightProfile(0.45, 0.15, 0.20, 0.10, 0.10);
            case BMF -> new WeightProfile(0.50, 0.15, 0.15, 0.10, 0.10);
        };
    }
}
