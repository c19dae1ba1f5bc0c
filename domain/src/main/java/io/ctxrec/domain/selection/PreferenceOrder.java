package io.ctxrec.domain.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The last word between models nothing else separates: listed names first, in list order (ignoring
 * case, so NEUMF matches NeuMF), then any other name alphabetically.
 */
public final class PreferenceOrder {
    /**
     * ENCM uses the context, so it goes first; NeuMF, LNCM and BMF follow by expected accuracy. The
     * Ensemble comes after every single model: its weights are fitted so that it is its best member alone
     * unless a mix measurably helps, so an Ensemble that ties a member on every measured metric is most
     * likely that member under another name, and the member gives the same list without depending on the
     * others answering in time, and names the model that made it. ItemPop, the same list for everyone, is
     * last: a personalised model that measures no worse serves. A new model should be listed before ItemPop
     * (a name not listed comes after it).
     */
    public static final PreferenceOrder DEFAULT = of("ENCM", "NeuMF", "LNCM", "BMF", "Ensemble",
            ModelSelectionPolicy.POPULARITY);

    private final List<String> names;

    private PreferenceOrder(List<String> names) {
        this.names = names;
    }

    public static PreferenceOrder of(String... names) {
        List<String> lower = new ArrayList<>();
        for (String name : names) {
            lower.add(name.toLowerCase(Locale.ROOT));
        }
        return new PreferenceOrder(List.copyOf(lower));
    }

    /** Most preferred first: use with {@code min}. */
    public Comparator<String> comparator() {
        return Comparator.<String>comparingInt(this::position).thenComparing(Comparator.naturalOrder());
    }

    private int position(String name) {
        int i = names.indexOf(name.toLowerCase(Locale.ROOT));
        return i < 0 ? names.size() : i;
    }
}
