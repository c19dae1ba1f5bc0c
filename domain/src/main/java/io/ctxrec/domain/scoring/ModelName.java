package io.ctxrec.domain.scoring;

/** The four model families ctxrec trains and serves. */
public enum ModelName {
    /** User, item and context embeddings into an MLP. */
    ENCM("ENCM", true),
    /** Matrix factorisation and an MLP mixed by a learned alpha. */
    LNCM("LNCM", false),
    /** GMF and MLP towers (He et al., 2017). */
    NEUMF("NeuMF", false),
    /** Dot product with user, item and global biases. */
    BMF("BMF", false);

    private final String displayName;
    private final boolean usesContext;

    ModelName(String displayName, boolean usesContext) {
        this.displayName = displayName;
        this.usesContext = usesContext;
    }

    /** The name used in files, the database and the API: ENCM, LNCM, NeuMF, BMF. */
    public String displayName() {
        return displayName;
    }

    public boolean usesContext() {
        return usesContext;
    }

    /** Parses a display name or enum name, ignoring case. */
    public static ModelName parse(String value) {
        if (value != null) {
            for (ModelName m : values()) {
                if (m.displayName.equalsIgnoreCase(value.trim()) || m.name().equalsIgnoreCase(value.trim())) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("model must be one of ENCM, LNCM, NeuMF, BMF, was '" + value + "'");
    }
}
