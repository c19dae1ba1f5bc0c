package io.ctxrec.training.pipeline;

import java.util.Locale;

/**
 * What early stopping serves once it has chosen an epoch on the validation split: the model retrained from
 * scratch on all the training data for that many epochs ({@code refit}), the watched model at its best epoch
 * ({@code keep}), or the watched model at its best epoch trained {@code n} epochs more on all the training data,
 * the validation cases' positives included ({@code fold-in:n}), which costs {@code n} epochs where the refit
 * costs the chosen number again.
 */
public record AfterStopping(Kind kind, int epochs) {
    public enum Kind { REFIT, KEEP, FOLD_IN }

    public static final AfterStopping REFIT = new AfterStopping(Kind.REFIT, 0);
    public static final AfterStopping KEEP = new AfterStopping(Kind.KEEP, 0);

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

    /** {@code refit}, {@code keep} or {@code fold-in:N} (N at least 1). */
    public static AfterStopping parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
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
        throw new IllegalArgumentException("after early stopping: refit, keep or fold-in:N (N >= 1), was '" + text + "'");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case REFIT -> "refit";
            case KEEP -> "keep";
            case FOLD_IN -> "fold-in:" + epochs;
        };
    }
}
