package io.ctxrec.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private static final GeneratorSettings TINY = GeneratorSettings.small().withSize(20, 15, 500);

    @Test
    void loadsTheGeneratedShopAndReportsCountsAndStopwatchTime() {
        Iterator<Long> ticks = List.of(1_000L, 2_500_001_000L).iterator();
        InMemoryShopDataLoader loader = new InMemoryShopDataLoader();

        DemoDataReport report = new DemoData(new ShopGenerator(), ticks::next).generate(TINY, loader);

        assertThat(loader.users()).hasSize(20);
        assertThat(loader.products()).hasSize(15);
        assertThat(loader.interactions()).hasSize(500);
        assertThat(report).isEqualTo(new DemoDataReport(20, 15, 500, loader.ratings().size(),
                Duration.ofMillis(2_500)));
    }

    @Test
    void fillsAnEmptyShopButLeavesOneWithDataAlone() {
        InMemoryShopDataLoader loader = new InMemoryShopDataLoader();
        DemoData demo = new DemoData();

        assertThat(demo.generateIfEmpty(TINY, loader)).isPresent();
        assertThat(demo.generateIfEmpty(TINY, loader)).isEmpty();
        assertThat(loader.loads()).isEqualTo(1);
    }

    @Test
    void aFailedLoadReachesTheCaller() {
        InMemoryShopDataLoader loader = new InMemoryShopDataLoader().failingWith(new IllegalStateException("db down"));

        assertThatThrownBy(() -> new DemoData().generate(TINY, loader)).hasMessage("db down");
        assertThat(loader.isEmpty()).isTrue();
    }
}
