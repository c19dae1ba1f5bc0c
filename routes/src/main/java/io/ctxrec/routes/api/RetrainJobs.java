package io.ctxrec.routes.api;

import io.ctxrec.routes.Retrainer;
import io.ctxrec.routes.api.RetrainRun.State;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin-requested trainings on one background thread, so the request returns at once (202). A request
 * while a training runs (admin or nightly) is refused with 409 naming the running one, rather than
 * queued: a second training on the same data would only repeat the first.
 */
public class RetrainJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetrainJobs.class);
    private static final int KEPT = 20;

    private final Retrainer retrainer;
    private final ServiceMetrics metrics;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ctxrec-admin-retrain");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, RetrainRun> runs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RetrainRun> eldest) {
            return size() > KEPT;
        }
    };

    public RetrainJobs(Retrainer retrainer, ServiceMetrics metrics, Clock clock) {
        this.retrainer = retrainer;
        this.metrics = metrics;
        this.clock = clock;
    }

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
        executor.execute(() -> execute(run.id()));
        return run;
    }

    public synchronized RetrainRun find(@Header("id") String id) {
        RetrainRun run = runs.get(id);
        if (run == null) {
            throw ApiProblem.notFound("unknown training run '" + id + "'");
        }
        return run.state() == State.RUNNING ? run.withProgress(retrainer.progress()) : run;
    }

    private void execute(String id) {
        update(id, State.RUNNING, null);
        try {
            Retrainer.Result result = retrainer.run("admin API, run " + id);
            metrics.trainingRun(retrainer.lastOutcome());
            update(id, result.skipped() ? State.SKIPPED : State.FINISHED, result.summary());
        } catch (RuntimeException e) {
            LOG.error("training run {} failed", id, e);
            metrics.trainingRun("failed");
            update(id, State.FAILED, "unexpected error; the server log has the details");
        }
    }

    private synchronized void update(String id, State state, String result) {
        RetrainRun run = runs.get(id);
        if (run != null) {
            runs.put(id, run.withState(state, state == State.RUNNING ? null : clock.instant(), result));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
