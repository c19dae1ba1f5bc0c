package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.DatasetSettings;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.dataset.SplitProtocol;
import io.ctxrec.training.ingest.DatasetFormat;
import io.ctxrec.training.ingest.Positives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchShopTest {
    @TempDir
    Path dir;

    @Test
    void throughTheDatabaseTheLatestRowIsHeldOutAndTheLaterLineWinsATie() throws IOException {
        Path file = Files.writeString(dir.resolve("u.data"), """
                1\t10\t5\t300
                1\t12\t1\t300
                1\t11\t4\t100
                2\t13\t4\t300
                2\t12\t4\t300
                2\t11\t4\t300
                3\t11\t4\t900
                3\t13\t4\t100
                """);

        try (ScratchShop shop = ScratchShop.of(file, DatasetFormat.MOVIELENS, Positives.ALL)) {
            PreparedDataset data = new DatasetPreparation(DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO))
                    .prepare(shop.sources().history(), shop.sources().catalog(), shop.sources().ratings());

            Map<String, String> heldOut = new TreeMap<>();
            for (HeldOutInteraction c : data.testCases()) {
                heldOut.put(data.encoders().users().idAt(c.user()), data.encoders().items().idAt(c.item()));
            }
            assertThat(heldOut).isEqualTo(Map.of("1", "12", "2", "11", "3", "11"));
        }
    }
}
