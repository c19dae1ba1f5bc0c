package io.ctxrec.domain.port;

import java.util.List;

/** The {@code model_runs} table: what was served to whom, by which model, and why. */
public interface ModelRunLog {

    void record(ModelRun run);

    /** The user's latest runs, newest first. */
    List<ModelRun> latest(String userId, int limit);
}
