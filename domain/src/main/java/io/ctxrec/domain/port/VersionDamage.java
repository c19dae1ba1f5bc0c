package io.ctxrec.domain.port;

import io.ctxrec.domain.scoring.ModelName;
import java.util.List;
import java.util.Map;

/**
 * What was wrong with a version's files when it was loaded: the files whose checksum did not match (or
 * that were missing), the models left out because of them or because they failed to load, each with its
 * reason, and whether the version had recorded checksums at all (versions saved before they existed load
 * unchecked).
 */
public record VersionDamage(boolean checksummed, Map<String, String> damagedFiles, Map<ModelName, String> droppedModels) {

    /** A checked version with nothing wrong. */
    public static final VersionDamage NONE = new VersionDamage(true, Map.of(), Map.of());

    public VersionDamage {
        damagedFiles = Map.copyOf(damagedFiles);
        droppedModels = Map.copyOf(droppedModels);
    }

    /** Every file matched its checksum and every model loaded. */
    public boolean intact() {
        return damagedFiles.isEmpty() && droppedModels.isEmpty();
    }

    /**
     * One line per dropped model, and per damaged file no dropped model names, for logs and /health; empty
     * when intact.
     */
    public List<String> reasons() {
        List<String> out = new java.util.ArrayList<>();
        droppedModels.forEach((model, why) -> out.add(model.displayName() + " left out: " + why));
        damagedFiles.forEach((file, why) -> {
            if (droppedModels.values().stream().noneMatch(reason -> reason.startsWith(file + " "))) {
                out.add(file + ": " + why);
            }
        });
        return out.stream().sorted().toList();
    }
}
