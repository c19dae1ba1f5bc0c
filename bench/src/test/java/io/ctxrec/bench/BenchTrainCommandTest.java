package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.pipeline.ModelDefaults;
import org.junit.jupiter.api.Test;

class BenchTrainCommandTest {

    @Test
    void eachModelIsMeasuredAtItsOwnDefaultBatchSizeToo() {
        for (ModelName model : Dl4jFamily.names()) {
            int own = ModelDefaults.packaged().of(model).batchSize();

            assertThat(BenchTrainCommand.withDefault(new int[] {256, 512}, model, 10_000_000)).as(model.displayName())
                    .containsExactly(new java.util.TreeSet<>(java.util.List.of(256, 512, own)).stream()
                            .mapToInt(Integer::intValue).toArray());
        }
    }
}
