package io.ctxrec.domain.selection;

/** Which rule of the {@link ModelSelectionPolicy} cascade settled the winner. */
public enum SelectionRule {
    /** For a user without purchases, the only candidate whose offline MAP@10 is not below ItemPop's. */
    POPULARITY_FLOOR,
    /** MAP@10, then precision@10, of each model's list against the user's own purchases. */
    BY_USER_PURCHASES,
    /** The active version's offline MAP@10, then precision@10. */
    BY_OFFLINE_METRICS,
    /** The fixed preference order, when nothing measured tells the models apart. */
    BY_PREFERENCE
}
