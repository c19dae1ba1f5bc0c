package io.ctxrec.routes.api;

import io.ctxrec.domain.port.TrainingRunLog;
import io.ctxrec.domain.port.TrainingRunLog.Entry;
import io.ctxrec.domain.port.TrainingRunLog.State;
import io.ctxrec.routes.Retrainer;
import org.apache.camel.Header;

/**
 * The admin-requested trainings, kept in the {@link TrainingRunLog} so that every instance of a cluster answers
 * for them: the admin routes start one (202 at once; it then runs through {@code direct:retrain} off the request
 * thread) and poll it. A request while a training runs (admin or nightly, here or on another instance) is
 * refused with 409 naming the running one, rather than queued: a second training on the same data would only
 * repeat the first. An instance that only serves refuses with 409 too, naming its role.
 */
public class RetrainJobs {
    private final Retrainer retrainer;
    private final TrainingRunLog runs;
    private final boolean trains;

    /** {@code trains} false: this instance only serves ({@code ctxrec.role=serve}). */
    public RetrainJobs(Retrainer retrainer, TrainingRunLog runs, boolean trains) {
        this.retrainer = retrainer;
        this.runs = runs;
        this.trains = trains;
    }

    /** A new QUEUED run, saved; or 409 while one is open, a training runs, or this instance does not train. */
    public synchronized RetrainRun start() {
        if (!trains) {
            throw ApiProblem.conflict("this instance only serves (ctxrec.role=serve) and never trains;"
                    + " send the retrain to an instance whose role is train or both");
        }
        String trainer = retrainer.otherTrainer().orElse(retrainer.instance());
        runs.open().stream().filter(open -> trainer.equals(open.instance())).findFirst().ifPresent(open -> {
            throw ApiProblem.conflict("training run " + open.id() + " is " + open.state()
                    + "; poll GET /api/admin/retrain/" + open.id());
        });
        if (retrainer.isTraining()) {
            throw ApiProblem.conflict("a scheduled training is running (" + retrainer.otherTrainer()
                    .map(other -> "on instance " + other).orElse("version " + retrainer.progress().version())
                    + "); see GET /api/models");
        }
        Entry run = retrainer.request("admin");
        runs.save(run);
        return RetrainRun.of(run, null);
    }

    /** The run, from any instance; with the live progress when it runs on this one. */
    public RetrainRun find(@Header("id") String id) {
        Entry run = runs.find(id).orElseThrow(() -> ApiProblem.notFound("unknown training run '" + id + "'"));
        boolean here = run.state() == State.RUNNING && retrainer.instance().equals(run.instance());
        return RetrainRun.of(run, here ? retrainer.progress() : null);
    }

    /** The saved run of {@code run}, for the retrain route. */
    public Entry entry(RetrainRun run) {
        return runs.find(run.id()).orElseThrow();
    }
}
