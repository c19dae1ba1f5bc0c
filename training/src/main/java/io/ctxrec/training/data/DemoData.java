package io.ctxrec.training.data;

import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.port.ShopDataLoader;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Generates a demo shop and loads it in one batch. */
public final class DemoData {
    private final ShopGenerator generator;
    private final LongSupplier nanoTime;

    public DemoData() {
        this(new ShopGenerator(), System::nanoTime);
    }

    /** {@code nanoTime} is the stopwatch, replaceable so tests can check the reported time. */
    public DemoData(ShopGenerator generator, LongSupplier nanoTime) {
        this.generator = generator;
        this.nanoTime = nanoTime;
    }

    public DemoDataReport generate(GeneratorSettings settings, ShopDataLoader loader) {
        long begin = nanoTime.getAsLong();
        ShopData data = generator.generate(settings);
        loader.load(data);
        return new DemoDataReport(data.users().size(), data.products().size(), data.interactions().size(),
                data.ratings().size(), Duration.ofNanos(nanoTime.getAsLong() - begin));
    }

    /** Fills a fresh shop (no products, no interactions) and leaves one with data alone. */
    public Optional<DemoDataReport> generateIfEmpty(GeneratorSettings settings, ShopDataLoader loader) {
        return loader.isEmpty() ? Optional.of(generate(settings, loader)) : Optional.empty();
    }
}
