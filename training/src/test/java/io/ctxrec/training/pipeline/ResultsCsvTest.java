package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @TempDir
    Path dir;

    @Test
    void aFileWrittenBeforeEarlyStoppingReadsWithEmptyBestEpochAndValidationCurve() throws IOException {
        Path file = Files.write(dir.resolve(ResultsCsv.FILE_NAME), List.of(BEFORE_EARLY_STOPPING,
                "BMF,10,5,0.4,0.04,0.2,0.25,0.2,0.7,0.3,0.2,0.3,0.1,10,4.5,0.45,1000,1024,0.5;0.4"));

        Map<String, String> row = ResultsCsv.read(file).get(0);

        assertThat(row).containsEntry("epochs", "10").containsEntry("loss_curve", "0.5;0.4")
                .containsEntry("best_epoch", "").containsEntry("validation_curve", "");
        assertThat(ResultsCsv.bestMap(file)).hasValue(0.2);
    }

    @Test
    void aRowWithTooFewCellsForItsHeaderNamesItsLine() throws IOException {
        Path file = Files.write(dir.resolve(ResultsCsv.FILE_NAME), List.of(String.join(",", ResultsCsv.HEADER),
                "BMF,10,5,0.4,0.04,0.2,0.25,0.2,0.7,0.3,0.2,0.3,0.1,10,4.5,0.45,1000,1024,0.5;0.4"));

        assertThatThrownBy(() -> ResultsCsv.read(file)).hasMessageContaining("line 2");
    }
}
