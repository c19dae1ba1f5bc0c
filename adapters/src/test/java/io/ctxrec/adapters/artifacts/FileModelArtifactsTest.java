package io.ctxrec.adapters.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.port.OfflineResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileModelArtifactsTest {
    /** The header before the standard errors. */
    private static final String OLD_HEADER = "model,k,cases,hit_rate,precision,map,ndcg,mrr,auc,rmse,mae,full_hit_rate,"
            + "full_ndcg,epochs,seconds,seconds_per_epoch,samples_per_second,batch_size,loss_curve";
    private static final String HEADER = OLD_HEADER + ",full_cases,hit_rate_se,ndcg_se,full_hit_rate_se,full_ndcg_se"
            + ",best_epoch,validation_curve,popularity_blend,member_weights";

    @TempDir
    Path dataDir;
    private Path folder;
    private FileModelArtifacts artifacts;

    @BeforeEach
    void oneVersionFolder() throws IOException {
        folder = Files.createDirectories(dataDir.resolve("versions").resolve("v001"));
        artifacts = new FileModelArtifacts(dataDir, BuiltInFamilies.all());
    }

    @Test
    void resultsAreWrittenAsDocumentedCountsWithoutDecimals() throws IOException {
        ResultsCsv.write(folder.resolve(ResultsCsv.FILE_NAME), List.of(encm(), itemPop()));

        assertThat(Files.readAllLines(folder.resolve("training_results.csv"))).containsExactly(HEADER,
                "ENCM,10,120,0.500000,0.050000,0.250000,,,,,,0.125000,,2,3.000000,1.500000,4000.000000,256,"
                        + "0.693147;0.500000,40,,,0.050000,,,,,",
                "ItemPop,10,120,0.300000,0.030000,0.100000,,,,,,,,,,,,,,,,,,,,,,");
    }

    @Test
    void offlineResultsReadBackAsWritten() {
        ResultsCsv.write(folder.resolve(ResultsCsv.FILE_NAME), List.of(encm(), itemPop()));

        List<OfflineResult> read = artifacts.offlineResults("v001");

        assertThat(read).extracting(OfflineResult::model).containsExactly("ENCM", "ItemPop");
        assertThat(read.get(0).metrics()).containsExactlyEntriesOf(encm().metrics());
        assertThat(read.get(0).lossCurve()).containsExactly(0.693147, 0.5);
        assertThat(read.get(1)).isEqualTo(itemPop());
    }

    @Test
    void aVersionWithoutResultsDescribesNone() {
        assertThat(artifacts.offlineResults("v001")).isEmpty();
        assertThat(artifacts.offlineResults("v999")).isEmpty();
    }

    @Test
    void aFileWithAnotherHeaderIsRefusedNamingLineOne() throws IOException {
        Files.writeString(folder.resolve(ResultsCsv.FILE_NAME), "model,map\nENCM,0.1\n");

        assertThatThrownBy(() -> artifacts.offlineResults("v001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1: expected the header " + HEADER);
    }

    @Test
    void aCellThatIsNoNumberIsRefusedNamingLineAndColumn() throws IOException {
        Files.writeString(folder.resolve(ResultsCsv.FILE_NAME), HEADER + "\nENCM,10,120,0.5,0.05,oops,,,,,,,,,,,,,,,,,,,,,,\n");

        assertThatThrownBy(() -> artifacts.offlineResults("v001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: map 'oops' is not a number");
    }

    @Test
    void aFileWrittenBeforeTheStandardErrorsStillReads() throws IOException {
        Files.writeString(folder.resolve(ResultsCsv.FILE_NAME), OLD_HEADER
                + "\nENCM,10,120,0.5,0.05,0.25,,,,,,0.125,,2,3,1.5,4000,256,0.6;0.5\n");

        List<OfflineResult> read = artifacts.offlineResults("v001");

        assertThat(read).hasSize(1);
        assertThat(read.get(0).metric("map")).hasValue(0.25);
        assertThat(read.get(0).metric("full_cases")).isEmpty();
        assertThat(read.get(0).lossCurve()).containsExactly(0.6, 0.5);
    }

    @Test
    void aRowWithTheOldNumberOfCellsUnderTheNewHeaderIsRefused() throws IOException {
        Files.writeString(folder.resolve(ResultsCsv.FILE_NAME), HEADER + "\nENCM,10,120,0.5,0.05,0.25,,,,,,,,,,,,,\n");

        assertThatThrownBy(() -> artifacts.offlineResults("v001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: 19 cells, expected 28");
    }

    @Test
    void aFigureWithoutAColumnIsRefused() {
        OfflineResult unknown = new OfflineResult("ENCM", Map.of("novelty", 0.5), List.of());

        assertThatThrownBy(() -> ResultsCsv.write(folder.resolve(ResultsCsv.FILE_NAME), List.of(unknown)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("novelty");
    }

    @Test
    void aVersionWithoutFolderCannotBeLoaded() {
        assertThatThrownBy(() -> artifacts.load("v999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version v999 has no folder");
    }

    private static OfflineResult encm() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("k", 10.0);
        m.put("cases", 120.0);
        m.put("hit_rate", 0.5);
        m.put("precision", 0.05);
        m.put("map", 0.25);
        m.put("full_hit_rate", 0.125);
        m.put("epochs", 2.0);
        m.put("seconds", 3.0);
        m.put("seconds_per_epoch", 1.5);
        m.put("samples_per_second", 4000.0);
        m.put("batch_size", 256.0);
        m.put("full_cases", 40.0);
        m.put("full_hit_rate_se", 0.05);
        return new OfflineResult("ENCM", m, List.of(0.6931471805599453, 0.5));
    }

    private static OfflineResult itemPop() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("k", 10.0);
        m.put("cases", 120.0);
        m.put("hit_rate", 0.3);
        m.put("precision", 0.03);
        m.put("map", 0.1);
        return new OfflineResult("ItemPop", m, List.of());
    }
}
