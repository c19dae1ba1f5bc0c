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
    private static final String OLD_HEADER = "model,k,cases,hit_rate,precision,map,ndcg,mrr,auc,rmse,mae,full_hit_rate,"
            + "full_ndcg,epochs,seconds,seconds_per_epoch,samples_per_second,batch_size,loss_curve";

    @TempDir
    Path dir;

    @Test
    void theStandardErrorColumnsComeAfterTheEarlierOnes() {
        assertThat(String.join(",", ResultsCsv.HEADER)).startsWith(OLD_HEADER + ",")
                .endsWith("full_cases,hit_rate_se,ndcg_se,full_hit_rate_se,full_ndcg_se");
    }

    @Test
    void readsAFileWrittenBeforeTheStandardErrors() throws IOException {
        Path file = dir.resolve(ResultsCsv.FILE_NAME);
        Files.write(file, List.of(OLD_HEADER,
                "BMF,10,96,0.458333,0.045833,0.136409,0.212437,0.136409,0.718750,0.280700,0.268600,0.458333,0.212437,"
                        + "10,1.600000,0.160000,90000.000000,4096,0.6;0.5"));

        List<Map<String, String>> rows = ResultsCsv.read(file);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("model", "BMF").containsEntry("loss_curve", "0.6;0.5")
                .doesNotContainKey("full_cases");
        assertThat(ResultsCsv.bestMap(file)).hasValue(0.136409);
    }

    @Test
    void rejectsARowWithTheOldNumberOfCellsUnderTheNewHeader() throws IOException {
        Path file = dir.resolve(ResultsCsv.FILE_NAME);
        Files.write(file, List.of(String.join(",", ResultsCsv.HEADER),
                "BMF,10,96,0.4,0.04,0.1,0.2,0.1,0.7,0.2,0.2,0.4,0.2,10,1.6,0.16,90000,4096,0.6"));

        assertThatThrownBy(() -> ResultsCsv.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("19 cells");
    }
}
