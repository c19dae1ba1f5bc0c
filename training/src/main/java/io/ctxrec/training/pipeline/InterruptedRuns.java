package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after a process that stopped while training (killed, crashed, machine restarted): the
 * versions it left TRAINING become FAILED with that reason and their half-written folders go.
 * Called at start, before any training of this process can run; the active version is untouched.
 */
public final class InterruptedRuns {
    static final String REASON = "interrupted: the process stopped during training";
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedRuns.class);
    private static final int SCAN = 1000;

    private InterruptedRuns() {
    }

    /** Returns the versions marked FAILED; their files were under {@code <dataDir>/versions/}. */
    public static List<String> recover(ModelVersions versions, Path dataDir) {
        return recover(versions, new VersionFolders(dataDir));
    }

    /** Returns the versions marked FAILED; their files go from {@code store}. */
    public static List<String> recover(ModelVersions versions, ModelStore store) {
        List<String> interrupted = versions.recent(SCAN).stream()
                .filter(v -> v.status() == ModelVersion.Status.TRAINING).map(ModelVersion::version).toList();
        for (String version : interrupted) {
            versions.mark(version, ModelVersion.Status.FAILED, REASON);
            store.delete(version);
            LOG.warn("model version {} was left half-trained by a stopped process: marked FAILED", version);
        }
        return interrupted;
    }
}
