package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;

/**
 * A model family that is a DL4J graph: its architecture, its serving scorer (the item side computed once
 * per version, see {@link PrecomputedScorers}) and its colour. Trained by the pipeline's DL4J trainer with
 * the {@code <name>.} keys of {@code model-defaults.properties} as default hyperparameters; its fallback
 * weights are configuration ({@code ctxrec.fallback.weights.<name>}). A new DL4J model is an
 * architecture, a scorer and one more entry in {@link #ALL}.
 */
public final class Dl4jFamily implements ModelFamily {
    public static final Dl4jFamily ENCM = new Dl4jFamily(ModelName.ENCM, "#c0392b", EncmArchitecture::configure,
            EncmScorer::new);
    public static final Dl4jFamily LNCM = new Dl4jFamily(ModelName.LNCM, "#2471a3", LncmArchitecture::configure,
            LncmScorer::new);
    public static final Dl4jFamily NEUMF = new Dl4jFamily(ModelName.NEUMF, "#1e8449", NeuMfArchitecture::configure,
            NeuMfScorer::new);
    public static final Dl4jFamily BMF = new Dl4jFamily(ModelName.BMF, "#b9770e", BmfArchitecture::configure,
            BmfScorer::new);
    /** The DL4J families, in the order they train and score. */
    public static final List<Dl4jFamily> ALL = List.of(ENCM, LNCM, NEUMF, BMF);

    private final ModelName name;
    private final String colour;
    private final Function<ModelConfig, ComputationGraphConfiguration> architecture;
    private final Function<Dl4jScoringModel, ScoringModel> scorer;

    private Dl4jFamily(ModelName name, String colour, Function<ModelConfig, ComputationGraphConfiguration> architecture,
                       Function<Dl4jScoringModel, ScoringModel> scorer) {
        this.name = name;
        this.colour = colour;
        this.architecture = architecture;
        this.scorer = scorer;
    }

    /** The DL4J family of that name. */
    public static Dl4jFamily of(ModelName name) {
        return ALL.stream().filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is no DL4J model"));
    }

    /** The DL4J family's name {@code value} spells, ignoring case (e.g. a {@code --models} option). */
    public static ModelName parse(String value) {
        return ModelFamilies.of(ALL).parse(value);
    }

    /** The names of {@link #ALL}, e.g. for parameterised tests. */
    public static List<ModelName> names() {
        return ALL.stream().map(Dl4jFamily::name).toList();
    }

    @Override
    public ModelName name() {
        return name;
    }

    @Override
    public String colour() {
        return colour;
    }

    @Override
    public Optional<WeightProfile> fallbackWeights() {
        return Optional.empty();
    }

    ComputationGraphConfiguration configuration(ModelConfig config) {
        return architecture.apply(config);
    }

    ScoringModel scorer(Dl4jScoringModel model) {
        return scorer.apply(model);
    }

    /**
     * The saved graph when the folder has one, checked: saved for this version and for the encoders' user and
     * item counts, its item-side feature (the category each item scores with) where the encoders put that
     * feature; it serves as its {@link PrecomputedScorers precomputed scorer}.
     */
    @Override
    public Optional<SavedModel> load(Path folder, String version, EncoderSet encoders) {
        ModelFiles files = new ModelFiles(folder, name);
        if (!files.exists()) {
            return Optional.empty();
        }
        Dl4jScoringModel model = checked(files.load(), version, encoders);
        return Optional.of(new SavedModel(model, scorer(model)));
    }

    private static Dl4jScoringModel checked(Dl4jScoringModel model, String version, EncoderSet encoders) {
        String name = model.name().displayName();
        if (!version.equals(model.version())) {
            throw new IllegalArgumentException(name + " in folder " + version + " was saved as version " + model.version());
        }
        if (model.config().nUsers() != encoders.nUsers() || model.config().nItems() != encoders.nItems()) {
            throw new IllegalArgumentException(name + " of version " + version + " has " + model.config().nUsers()
                    + " users and " + model.config().nItems() + " items, its encoders " + encoders.nUsers() + " and "
                    + encoders.nItems());
        }
        model.itemFeature().ifPresent(f -> {
            if (encoders.positionOf(f.feature()).orElse(-1) != f.position()) {
                throw new IllegalArgumentException(name + " of version " + version + " takes item feature " + f.feature()
                        + " at context position " + f.position() + ", its encoders at "
                        + encoders.positionOf(f.feature()).orElse(-1));
            }
        });
        return model;
    }

    @Override
    public String toString() {
        return "Dl4jFamily[" + name + "]";
    }
}
