package io.ctxrec.training.pipeline;

import java.util.Locale;

/**
 * What early stopping serves once it has chosen an epoch on the validation split: the model retrained from
 * scratch on all the training data for that many epochs ({@code refit}), the watched model at its best epoch
 * ({@code keep}), or the watched model at its best epoch trained {@code n} epochs more on all the training data,
 * the validation cases' positives included ({@code fold-in:n}), which costs {@code n} epochs where the refit
 * costs the chosen number again.
 *
 * <p>{@code auto} (the default) decides by how much of the data the validation split held out
 * ({@link #resolve}): a refit where the validation cases' positives are at least {@link #REFIT_SHARE} of the
 * training positives, as on a small shop or DePaulMovie, where each user's latest positive is a large share of
 * what the model learns from (the refit won 0.02 to 0.07 HR@10 there); the watched model otherwise, as on a
 * large shop, where the refit would double the training time to learn from under 0.5 % more positives (2,000 of
 * the large generated shop's 478,614).
 */
public record AfterStopping(Kind kind, int epochs) {
    public enum Kind { REFIT, KEEP, FOLD_IN, AUTO }

    public static final AfterStopping REFIT = new AfterStopping(Kind.REFIT, 0);
    public static final AfterStopping KEEP = new AfterStopping(Kind.KEEP, 0);
    public static final AfterStopping AUTO = new AfterStopping(Kind.AUTO, 0);

    /** The share of the training positives held out for validation from which {@code auto} refits. */
    public static final double REFIT_SHARE = 0.005;

    public AfterStopping {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if ((kind == Kind.FOLD_IN) != (epochs > 0)) {
            throw new IllegalArgumentException("fold-in takes at least one epoch and the others none, was " + kind
                    + " with " + epochs);
        }
    }

    public static AfterStopping foldIn(int epochs) {
        return new AfterStopping(Kind.FOLD_IN, epochs);
    }

    /**
     * What {@code auto} does with this much held out: {@code refit} from {@link #REFIT_SHARE} of the training
     * positives in the validation cases, {@code keep} below it; any other choice is itself.
     */
    public AfterStopping resolve(long heldOutPositives, long trainingPositives) {
        if (kind != Kind.AUTO) {
            return this;
        }
        return heldOutPositives >= REFIT_SHARE * trainingPositives ? REFIT : KEEP;
    }

    /** {@code auto}, {@code refit}, {@code keep} or {@code fold-in:N} (N at least 1). */
    public static AfterStopping parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return AUTO;
        }
        if (t.equals("refit")) {
            return REFIT;
        }
        if (t.equals("keep")) {
            return KEEP;
        }
        if (t.startsWith("fold-in:")) {
            try {
                int n = Integer.parseInt(t.substring("fold-in:".length()));
                if (n >= 1) {
                    return foldIn(n);
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException("after early stopping: auto, refit, keep or fold-in:N (N >= 1), was '"
                + text + "'");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case REFIT -> "refit";
            case KEEP -> "keep";
            case AUTO -> "auto";
            case FOLD_IN -> "fold-in:" + epochs;
        };
    }
}
