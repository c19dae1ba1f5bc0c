package io.ctxrec.bench;

import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.data.ShopGenerator;
import io.ctxrec.training.ingest.DatasetFormat;
import io.ctxrec.training.ingest.Positives;
import io.ctxrec.training.pipeline.ShopSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dataset {@code bench quality} trains on, named by a spec: {@code depaul:FILE}, {@code movielens:FILE} or
 * {@code csv:FILE} (imported into a scratch database, positives by the format's default), {@code demo} (the
 * shop {@code serve} generates), {@code shop:UxPxI} (a generated shop of U users, P products and I
 * interactions; {@code shop:large} is {@code generate --size large}'s) or {@code synthetic:UxIxR} (a
 * MovieLens-shaped ratings file made up at run time). Close to drop what it made.
 */
final class QualityDataset implements AutoCloseable {
    private final String label;
    private final String format;
    private final String positives;
    private final long rows;
    private final ShopSources sources;
    private final AutoCloseable resources;

    private QualityDataset(String label, String format, String positives, long rows, ShopSources sources,
                           AutoCloseable resources) {
        this.label = label;
        this.format = format;
        this.positives = positives;
        this.rows = rows;
        this.sources = sources;
        this.resources = resources;
    }

    /** A file imported strictly, as implicit feedback; {@code temporary} files are deleted on close. */
    static QualityDataset file(Path file, DatasetFormat format, Positives positives, String label, boolean temporary) {
        ScratchShop shop;
        try {
            shop = ScratchShop.of(file, format, positives);
        } catch (RuntimeException e) {
            deleteIf(temporary, file);
            throw e;
        }
        return new QualityDataset(label, format.name().toLowerCase(Locale.ROOT), positives.code(),
                shop.report().rowsLoaded(), shop.sources(), () -> {
                    shop.close();
                    deleteIf(temporary, file);
                });
    }

    /** The datasets a comma-separated list of specs names, opened in order (those opened are closed on an error). */
    static List<QualityDataset> openAll(String specs, long seed) {
        List<QualityDataset> opened = new ArrayList<>();
        try {
            for (String spec : specs.split(",")) {
                if (!spec.isBlank()) {
                    opened.add(open(spec.trim(), seed));
                }
            }
        } catch (RuntimeException e) {
            opened.forEach(QualityDataset::close);
            throw e;
        }
        if (opened.isEmpty()) {
            throw new IllegalArgumentException("name at least one dataset: " + SPECS);
        }
        return opened;
    }

    static final String SPECS = "depaul:FILE, movielens:FILE, csv:FILE, demo, shop:UxPxI, shop:large or "
            + "synthetic:UxIxR";

    static QualityDataset open(String spec, long seed) {
        int colon = spec.indexOf(':');
        String kind = (colon < 0 ? spec : spec.substring(0, colon)).toLowerCase(Locale.ROOT);
        String arg = colon < 0 ? "" : spec.substring(colon + 1);
        switch (kind) {
            case "demo" -> {
                return shop("demo shop", GeneratorSettings.small());
            }
            case "shop" -> {
                GeneratorSettings s = arg.equalsIgnoreCase("large") ? GeneratorSettings.large() : shopSize(spec, arg);
                return shop("generated shop " + s.users() + "x" + s.products() + "x" + s.interactions(), s);
            }
            case "synthetic" -> {
                SyntheticRatings s = SyntheticRatings.parse(arg, seed);
                Path f = s.write(temporaryFile());
                return file(f, DatasetFormat.MOVIELENS, Positives.ALL,
                        "synthetic MovieLens-shaped " + s.shape() + " (seed " + seed + ")", true);
            }
            case "depaul", "movielens", "csv" -> {
                Path f = Path.of(arg);
                if (arg.isEmpty() || !Files.isReadable(f)) {
                    throw new IllegalArgumentException("cannot read the file of dataset '" + spec + "'");
                }
                DatasetFormat format = DatasetFormat.parse(kind);
                return file(f, format, format == DatasetFormat.MOVIELENS ? Positives.ALL : Positives.THRESHOLD,
                        f.toString(), false);
            }
            default -> throw new IllegalArgumentException("unknown dataset '" + spec + "': use " + SPECS);
        }
    }

    private static GeneratorSettings shopSize(String spec, String arg) {
        String[] p = arg.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 3) {
                return GeneratorSettings.small().withSize(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                        Integer.parseInt(p[2]));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("dataset '" + spec + "': shop: needs USERSxPRODUCTSxINTERACTIONS such as "
                + "300x200x20000, or large");
    }

    private static QualityDataset shop(String label, GeneratorSettings settings) {
        var data = new ShopGenerator().generate(settings);
        return new QualityDataset(label, "generated", "carts, purchases, 4-5 stars", data.interactions().size()
                + (long) data.ratings().size(), InMemoryShop.of(data), () -> { });
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("ctxrec-synthetic-", ".data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteIf(boolean temporary, Path file) {
        if (temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing the benchmark for
            }
        }
    }

    String label() {
        return label;
    }

    String format() {
        return format;
    }

    String positives() {
        return positives;
    }

    long rows() {
        return rows;
    }

    ShopSources sources() {
        return sources;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close dataset " + label, e);
        }
    }
}
