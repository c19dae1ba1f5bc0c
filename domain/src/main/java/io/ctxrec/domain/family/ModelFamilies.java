package io.ctxrec.domain.family;

import io.ctxrec.domain.scoring.ModelName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The model families a service trains and serves, in order (the order of training, of the scoring
 * multicast and of the page's legend). Immutable; {@link #with} registers one more.
 */
public final class ModelFamilies {
    private final List<ModelFamily> families;

    private ModelFamilies(List<ModelFamily> families) {
        this.families = List.copyOf(families);
    }

    public static ModelFamilies of(List<? extends ModelFamily> families) {
        ModelFamilies result = new ModelFamilies(List.of());
        for (ModelFamily f : families) {
            result = result.with(f);
        }
        return result;
    }

    /** These and {@code family}, last; refused when a family of that name is registered already. */
    public ModelFamilies with(ModelFamily family) {
        if (families.stream().anyMatch(f -> f.name().equals(family.name()))) {
            throw new IllegalArgumentException("a model family named " + family.name() + " is registered already");
        }
        List<ModelFamily> more = new ArrayList<>(families);
        more.add(family);
        return new ModelFamilies(more);
    }

    public List<ModelFamily> all() {
        return families;
    }

    public List<ModelName> names() {
        return families.stream().map(ModelFamily::name).toList();
    }

    public ModelFamily get(ModelName name) {
        return families.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model family " + name + " is registered"));
    }

    /** The registered name {@code value} spells, ignoring case and surrounding blanks. */
    public ModelName parse(String value) {
        if (value != null) {
            for (ModelName name : names()) {
                if (name.displayName().equalsIgnoreCase(value.trim())) {
                    return name;
                }
            }
        }
        throw new IllegalArgumentException("model must be one of " + names().stream().map(ModelName::displayName)
                .collect(Collectors.joining(", ")) + ", was '" + value + "'");
    }

    /** Comma-separated names; blank for all of them. */
    public List<ModelName> parseList(String commaSeparated) {
        List<ModelName> names = commaSeparated == null ? List.of() : java.util.Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(this::parse).distinct().toList();
        return names.isEmpty() ? names() : names;
    }

    @Override
    public String toString() {
        return "ModelFamilies" + names();
    }
}
