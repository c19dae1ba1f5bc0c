package io.ctxrec.domain.scoring;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a model family, as files, the database and the API spell it ({@code ENCM}, {@code NeuMF}).
 * A value, not a closed list: the families a service trains and serves are those of its
 * {@code ModelFamilies}. Two names are equal when they are equal ignoring case.
 */
public final class ModelName {
    /** User, item and context embeddings into an MLP. */
    public static final ModelName ENCM = new ModelName("ENCM");
    /** Matrix factorisation and an MLP mixed by a learned alpha. */
    public static final ModelName LNCM = new ModelName("LNCM");
    /** GMF and MLP towers (He et al., 2017). */
    public static final ModelName NEUMF = new ModelName("NeuMF");
    /** Dot product with user, item and global biases. */
    public static final ModelName BMF = new ModelName("BMF");

    // The name becomes a file name, a route id and a configuration key: letters and digits only.
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,31}");

    private final String displayName;
    private final String key;

    private ModelName(String displayName) {
        this.displayName = displayName;
        this.key = displayName.toLowerCase(Locale.ROOT);
    }

    /** The name spelt {@code displayName}: a letter, then up to 31 letters and digits. */
    public static ModelName of(String displayName) {
        if (displayName == null || !VALID.matcher(displayName).matches()) {
            throw new IllegalArgumentException("a model name is a letter then up to 31 letters and digits, was '"
                    + displayName + "'");
        }
        return new ModelName(displayName);
    }

    /** The name used in files, the database and the API: ENCM, LNCM, NeuMF, BMF. */
    public String displayName() {
        return displayName;
    }

    /** Lower case: the name in configuration keys and route ids ({@code neumf}). */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelName other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
