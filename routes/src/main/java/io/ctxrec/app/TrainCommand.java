package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.dl4j.NativeThreads;
import io.ctxrec.training.dataset.SplitProtocol;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.TrainingOutcome;
import io.ctxrec.training.pipeline.TrainingRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Trains, evaluates and (unless the quality gate says no) activates a new model version. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the models on the configured database: prepare the data, train each model "
                + "with a progress line per epoch, evaluate leave-one-out against 99 sampled negatives and "
                + "against all items, save a new version under CTXREC_DATA_DIR and activate it.",
            "Options default to the ctxrec.training.* configuration."})
final class TrainCommand implements Callable<Integer> {

    @ParentCommand
    CtxrecCli parent;

    @Option(names = "--models", paramLabel = "LIST", description = "Comma-separated subset of the registered models (ENCM,LNCM,NeuMF,BMF).")
    String models;

    @Option(names = "--epochs", description = "The most passes over the training data for every model (1-50), "
            + "or 0 for each model's own max-epochs; training stops earlier once validation stops improving.")
    Integer epochs;

    @Option(names = "--batch", description = "Mini-batch size for every model (64 to 16384); 0 keeps each model's own.")
    Integer batch;

    @Option(names = "--protocol", paramLabel = "split|loo",
            description = "split: latest 20%% of each user's events; loo: each user's latest positive.")
    String protocol;

    @Override
    public Integer call() {
        CtxrecConfig config = parent.config();
        TrainingRequest request = request(config);
        NativeThreads.skipPhysicalMemoryCheck();
        NativeThreads.useOne();
        try (Infrastructure infra = Infrastructure.open(config)) {
            TrainingOutcome outcome = infra.trainingPipeline(ProgressLog.logOnly()).run(request); // the log is the terminal
            if (outcome.failed()) {
                System.err.println("ctxrec: training failed, the active version is unchanged: " + outcome.reason());
                return 1;
            }
            System.out.println();
            System.out.println(outcome.datasetSummary());
            System.out.println(outcome.table());
            System.out.printf("version %s: %s%s in %.1f s%n", outcome.version(), outcome.status(),
                    outcome.reason().isEmpty() ? "" : " (" + outcome.reason() + ")", outcome.time().toMillis() / 1000.0);
            return 0;
        }
    }

    TrainingRequest request(CtxrecConfig config) {
        TrainingRequest r = TrainingRequests.fromConfig(config, Infrastructure.families());
        if (models != null) {
            r = r.withModels(Infrastructure.families().parseList(models).toArray(io.ctxrec.domain.scoring.ModelName[]::new));
        }
        if (epochs != null) {
            r = r.withEpochs(epochs);
        }
        if (batch != null) {
            r = r.withBatchSize(batch);
        }
        if (protocol != null) {
            r = r.withDataset(r.dataset().withProtocol(SplitProtocol.parse(protocol)));
        }
        return r;
    }
}
