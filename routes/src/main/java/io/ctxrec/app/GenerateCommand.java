package io.ctxrec.app;

import io.ctxrec.training.data.DemoData;
import io.ctxrec.training.data.DemoDataReport;
import io.ctxrec.training.data.GeneratorSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Fills the configured database with a deterministic synthetic shop. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic shop (users, catalog, interactions with context, ratings) into the database.")
final class GenerateCommand implements Callable<Integer> {

    enum Size { small, large }

    @ParentCommand
    CtxrecCli parent;

    @Option(names = "--size", defaultValue = "small",
            description = "Preset: small (demo: 300 users, 200 products, 20,000 interactions) or large (benchmarks: 50,000 users, "
                    + "10,000 products, 2,000,000 interactions). Default: ${DEFAULT-VALUE}.")
    Size size;

    @Option(names = "--users", description = "Number of users (overrides the preset).")
    Integer users;

    @Option(names = "--products", description = "Number of products (overrides the preset).")
    Integer products;

    @Option(names = "--interactions", description = "Number of view, cart and purchase rows (overrides the preset).")
    Integer interactions;

    @Option(names = "--seed", description = "Seed: the same seed gives the same shop. Default: the preset's (42).")
    Long seed;

    @Override
    public Integer call() {
        GeneratorSettings settings = settings();
        try (Infrastructure infra = Infrastructure.open(parent.config())) {
            DemoDataReport r = new DemoData().generate(settings, infra.jdbc().shopDataLoader());
            System.out.printf("generated %,d users, %,d products, %,d interactions, %,d ratings in %.1f s%n",
                    r.users(), r.products(), r.interactions(), r.ratings(), r.elapsed().toMillis() / 1000.0);
        }
        return 0;
    }

    GeneratorSettings settings() {
        GeneratorSettings s = size == Size.large ? GeneratorSettings.large() : GeneratorSettings.small();
        s = s.withSize(users != null ? users : s.users(), products != null ? products : s.products(),
                interactions != null ? interactions : s.interactions());
        return seed != null ? s.withSeed(seed) : s;
    }
}
