package io.ctxrec.domain.scoring;

/**
 * Log-odds, {@code log(s / (1 - s))}, of probability scores, kept within {@code ±}{@link #LIMIT}: a sigmoid that
 * saturated to 0 or 1 in float (a logit beyond about 16.6) would otherwise give an infinite one. The same bound
 * holds for a model's own logits ({@link #clampInPlace}), so a model answers the same log-odds from its logits as
 * from its sigmoid scores, to float rounding.
 */
public final class LogOdds {
    /** The probabilities are kept within [EPSILON, 1 - EPSILON] before their log-odds are taken. */
    static final double EPSILON = 1e-7;
    /** The log-odds of {@code 1 - 1e-7}, about 16.12: the largest a score's log-odds is given as. */
    public static final double LIMIT = Math.log((1 - EPSILON) / EPSILON);
    private static final float FLOAT_LIMIT = (float) LIMIT;

    private LogOdds() {
    }

    /** {@code probabilities} replaced by their log-odds (a NaN stays NaN); the same array. */
    public static float[] ofProbabilitiesInPlace(float[] probabilities) {
        for (int i = 0; i < probabilities.length; i++) {
            double s = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]));
            probabilities[i] = (float) Math.log(s / (1 - s));
        }
        return probabilities;
    }

    /** {@code logits} kept within {@code ±LIMIT} (a NaN stays NaN); the same array. */
    public static float[] clampInPlace(float[] logits) {
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.max(-FLOAT_LIMIT, Math.min(FLOAT_LIMIT, logits[i]));
        }
        return logits;
    }
}
