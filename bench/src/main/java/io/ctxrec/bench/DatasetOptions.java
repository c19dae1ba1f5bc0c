package io.ctxrec.bench;

import io.ctxrec.training.ingest.DatasetFormat;
import io.ctxrec.training.ingest.Positives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench quality}'s choice of dataset: FILE with --format, --data, or a generated one. */
final class DatasetOptions {
    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The dataset file (MovieLens u.data or ratings.dat, DePaulMovie ratings.txt, or a csv whose "
                    + "header names its columns: user_id, product_id, action|rating|count, timestamp, device_type, "
                    + "ctx_*). Leave out with --synthetic.")
    Path file;

    @Option(names = "--data", paramLabel = "SPEC", description = "Instead of FILE: " + QualityDataset.SPECS
            + " (demo is the shop serve generates).")
    String data;

    @Option(names = "--format", paramLabel = "csv|movielens|depaul", description = "The file's format.")
    String format;

    @Option(names = "--synthetic", paramLabel = "UxIxR",
            description = "Instead of a file: generate a MovieLens-shaped u.data with U users, I items and R ratings "
                    + "(e.g. 943x1682x100000) from a latent-factor sampler, for timings at that size; deleted after.")
    String synthetic;

    @Option(names = "--synthetic-popularity", paramLabel = "SPREAD",
            description = "With --synthetic: the standard deviation of the items' log-popularity (default "
                    + SyntheticRatings.DEFAULT_POPULARITY_SPREAD + "); 3 makes a few items take most ratings, data "
                    + "where popularity is strong.")
    Double syntheticPopularity;

    @Option(names = "--synthetic-context", paramLabel = "UxIxN",
            description = "Instead of a file: generate Frappe-shaped usage of I items by U users in N rows whose item "
                    + "choice depends on two context columns, written as a csv (user_id,item_id,count,ctx_daytime,"
                    + "ctx_weather) under --out and benchmarked from there (e.g. 1000x1000x100000).")
    String syntheticContext;

    @Option(names = "--positives", paramLabel = "all|threshold",
            description = "Which ratings are positives: all (default for movielens, as in He et al.) or threshold "
                    + "(4-5 stars; default for depaul and a csv rating column).")
    String positives;

    /** --data, --synthetic or FILE; null when {@code onlyTuning} (on --tune-on's datasets) and none is given. */
    QualityDataset open(long seed, Path out, boolean onlyTuning) throws IOException {
        if (data != null) {
            if (file != null || synthetic != null || syntheticContext != null || format != null || positives != null) {
                throw new IllegalArgumentException("--data names the dataset: give no FILE, --synthetic, --format or "
                        + "--positives with it");
            }
            return QualityDataset.open(data, seed);
        }
        if (syntheticContext != null) {
            if (file != null || synthetic != null || (format != null && !format.equalsIgnoreCase("csv"))) {
                throw new IllegalArgumentException("--synthetic-context makes a csv file: give neither FILE, --synthetic "
                        + "nor another --format");
            }
            SyntheticContextUsage s = SyntheticContextUsage.parse(syntheticContext, seed);
            Files.createDirectories(out);
            Path f = s.write(out.resolve("synthetic-context-" + s.shape() + "-seed" + seed + ".csv"));
            return QualityDataset.file(f, DatasetFormat.CSV, positives(DatasetFormat.CSV),
                    "synthetic context usage " + s.shape() + " (seed " + seed + "): " + f, false);
        }
        if (synthetic != null) {
            if (file != null || (format != null && !format.equalsIgnoreCase("movielens"))) {
                throw new IllegalArgumentException("--synthetic makes a movielens file: give neither FILE nor another --format");
            }
            SyntheticRatings s = SyntheticRatings.parse(synthetic, seed);
            if (syntheticPopularity != null) {
                s = s.withPopularitySpread(syntheticPopularity);
            }
            Path f = s.write(Files.createTempFile("ctxrec-synthetic-", ".data"));
            return QualityDataset.file(f, DatasetFormat.MOVIELENS, positives(DatasetFormat.MOVIELENS),
                    "synthetic MovieLens-shaped " + s.shape() + ", popularity spread " + s.popularitySpread() + " (seed "
                    + seed + ")", true);
        }
        if (syntheticPopularity != null) {
            throw new IllegalArgumentException("--synthetic-popularity goes with --synthetic");
        }
        if (file == null && format == null && onlyTuning) {
            return null;
        }
        if (file == null || format == null) {
            throw new IllegalArgumentException("bench quality needs FILE and --format csv|movielens|depaul, --data or "
                    + "--synthetic");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        DatasetFormat f = DatasetFormat.parse(format);
        return QualityDataset.file(file, f, positives(f), file.toString(), false);
    }

    // A csv file's rating column follows --positives as the movie formats do; its other rows say what they are.
    private Positives positives(DatasetFormat f) {
        if (positives != null) {
            return Positives.parse(positives);
        }
        return f == DatasetFormat.MOVIELENS ? Positives.ALL : Positives.THRESHOLD;
    }
}
