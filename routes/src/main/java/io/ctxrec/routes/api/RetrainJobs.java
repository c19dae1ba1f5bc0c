package io.ctxrec.routes.api;

import io.ctxrec.routes.Retrainer;
import io.ctxrec.routes.api.RetrainRun.State;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin-requested trainings, the last {@value #KEPT} of them: the admin routes start one (202 at once;
 * it then runs through {@code direct:retrain} off the request thread) and poll it. A request while a
 * training runs (admin or nightly) is refused with 409 naming the running one, rather than queued: a
 * second training on the same data would only repeat the first.
 */
public class RetrainJobs {
    private static final Logger LOG = LoggerFactory.getLogger(RetrainJobs.class);
    private static final int KEPT = 20;

    private final Retrainer retrainer;
    private final Clock clock;
    private final Map<String, RetrainRun> runs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RetrainRun> eldest) {
            return size() > KEPT;
        }
    };

    public RetrainJobs(Retrainer retrainer, Clock clock) {
        this.retrainer = retrainer;
        this.clock = clock;
    }

    /** A new QUEUED run, or 409 while one is open or a scheduled training runs. */
    public synchronized RetrainRun start() {
        runs.values().stream().filter(RetrainRun::isOpen).findFirst().ifPresent(open -> {
            throw ApiProblem.conflict("training run " + open.id() + " is " + open.state()
                    + "; poll GET /api/admin/retrain/" + open.id());
        });
        if (retrainer.isTraining()) {
            throw ApiProblem.conflict("a scheduled training is running (version "
                    + retrainer.progress().version() + "); see GET /api/models");
        }
        RetrainRun run = new RetrainRun(UUID.randomUUID().toString(), State.QUEUED, clock.instant(), null, null, null);
        runs.put(run.id(), run);
        return run;
    }

    public synchronized RetrainRun find(@Header("id") String id) {
        RetrainRun run = runs.get(id);
        if (run == null) {
            throw ApiProblem.notFound("unknown training run '" + id + "'");
        }
        return run.state() == State.RUNNING ? run.withProgress(retrainer.progress()) : run;
    }

    /** Marks the run RUNNING; returns what triggered it, for the retrain route. */
    public String running(RetrainRun run) {
        update(run.id(), State.RUNNING, null);
        return "admin API, run " + run.id();
    }

    public void finished(RetrainRun run, Retrainer.Result result) {
        update(run.id(), result.skipped() ? State.SKIPPED : State.FINISHED, result.summary());
    }

    public void failed(RetrainRun run, Exception error) {
        LOG.error("training run {} failed", run.id(), error);
        update(run.id(), State.FAILED, "unexpected error; the server log has the details");
    }

    private synchronized void update(String id, State state, String result) {
        RetrainRun run = runs.get(id);
        if (run != null) {
            runs.put(id, run.withState(state, state == State.RUNNING ? null : clock.instant(), result));
        }
    }
}
