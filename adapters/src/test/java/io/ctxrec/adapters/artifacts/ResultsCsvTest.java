package io.ctxrec.adapters.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.port.OfflineResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {
    private static final String BEFORE_EARLY_STOPPING = "model,k,cases,hit_rate,precision,map,ndcg,mrr,auc,rmse,mae,"
            + "full_hit_rate,full_ndcg,epochs,seconds,seconds_per_epoch,samples_per_second,batch_size,loss_curve";
    private static final String OLD_ROW = "BMF,10,5,0.4,0.04,0.2,0.25,0.2,0.7,0.3,0.2,0.3,0.1,10,4.5,0.45,1000,1024,0.5;0.4";

    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackTheChosenEpochAndTheValidationCurve() {
        Path file = dir.resolve(ResultsCsv.FILE_NAME);
        OfflineResult bmf = new OfflineResult("BMF", Map.of("map", 0.2, "epochs", 3.0), List.of(0.6, 0.5, 0.4), 3,
                List.of(0.1, 0.2, 0.3, 0.25, 0.28, 0.29));
        OfflineResult itemPop = new OfflineResult(OfflineResult.BASELINE, Map.of("map", 0.1), List.of());

        ResultsCsv.write(file, List.of(bmf, itemPop));
        List<OfflineResult> read = ResultsCsv.read(file);

        assertThat(read.get(0).bestEpoch()).isEqualTo(3);
        assertThat(read.get(0).validationCurve()).containsExactly(0.1, 0.2, 0.3, 0.25, 0.28, 0.29);
        assertThat(read.get(1).bestEpoch()).isZero();
        assertThat(read.get(1).validationCurve()).isEmpty();
    }

    @Test
    void aFileWrittenBeforeEarlyStoppingReadsWithoutAChosenEpochOrValidationCurve() throws IOException {
        Path file = Files.write(dir.resolve(ResultsCsv.FILE_NAME), List.of(BEFORE_EARLY_STOPPING, OLD_ROW));

        OfflineResult row = ResultsCsv.read(file).get(0);

        assertThat(row.metric("epochs")).hasValue(10);
        assertThat(row.lossCurve()).containsExactly(0.5, 0.4);
        assertThat(row.bestEpoch()).isZero();
        assertThat(row.validationCurve()).isEmpty();
    }

    @Test
    void aRowWithTooFewCellsForItsHeaderNamesItsLine() throws IOException {
        Path file = Files.write(dir.resolve(ResultsCsv.FILE_NAME), List.of(String.join(",", ResultsCsv.HEADER), OLD_ROW));

        assertThatThrownBy(() -> ResultsCsv.read(file)).hasMessageContaining("line 2");
    }

    @Test
    void writesAndReadsBackAModelsPopularityBlend() {
        Path file = dir.resolve(ResultsCsv.FILE_NAME);
        OfflineResult bmf = new OfflineResult("BMF", Map.of("map", 0.2, "popularity_blend", 0.5), List.of());

        ResultsCsv.write(file, List.of(bmf));

        assertThat(ResultsCsv.read(file).get(0).metric("popularity_blend")).hasValue(0.5);
    }

    @Test
    void aFileWrittenBeforeThePopularityBlendReadsWithoutOne() throws IOException {
        List<String> header = ResultsCsv.HEADER.subList(0, ResultsCsv.HEADER.size() - 1);
        Path file = Files.write(dir.resolve(ResultsCsv.FILE_NAME), List.of(String.join(",", header),
                "BMF,10,5" + ",".repeat(header.size() - 3)));

        OfflineResult row = ResultsCsv.read(file).get(0);

        assertThat(row.metric("cases")).hasValue(5);
        assertThat(row.metric("popularity_blend")).isEmpty();
    }
}
