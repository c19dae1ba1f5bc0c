package io.ctxrec.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.training.ingest.DatasetFormat;
import io.ctxrec.training.ingest.Positives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A csv file's ctx_ columns become context features of the prepared dataset, as DePaulMovie's do. */
class CsvContextDatasetTest {
    @TempDir
    Path dir;

    @Test
    void contextColumnsBecomeFeaturesAndAFileWithoutTimesAddsNoClockFeatures() throws IOException {
        StringBuilder csv = new StringBuilder("user,item,count,ctx_weather,ctx_homework\n");
        String[] weather = {"sunny", "rainy", "cloudy"};
        for (int u = 0; u < 6; u++) {
            for (int i = 0; i < 4; i++) {
                csv.append("u").append(u).append(",app").append((u + i) % 5).append(",").append(1 + i).append(",")
                        .append(weather[(u + i) % 3]).append(",").append(i % 2 == 0 ? "home" : "NA").append("\n");
            }
        }
        Path file = Files.writeString(dir.resolve("frappe.csv"), csv.toString());

        PreparedDataset data = MovieLensShop.prepare(file, DatasetFormat.CSV, Positives.ALL, MovieLensShop.loo());

        assertThat(data.featureNames()).contains("weather", "homework")
                .doesNotContain("time_of_day", "season", "device_type", "category");
        assertThat(data.testCases()).hasSize(6);
    }
}
