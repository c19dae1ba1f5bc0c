package io.ctxrec.adapters.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncoderFilesTest {
    @TempDir
    Path dir;

    // Index order is not sorted order here, so a reader that re-sorts would fail.
    private final EncoderSet encoders = new EncoderSet(IdEncoder.ofIndexOrder(List.of("u9", "u10", "ü \"quoted\", comma")),
            IdEncoder.ofIndexOrder(List.of("p2", "p1")),
            List.of(ContextEncoder.ofIndexOrder("time_of_day", List.of(ContextEncoder.UNKNOWN, "night", "morning")),
                    ContextEncoder.ofIndexOrder("category", List.of(ContextEncoder.UNKNOWN, "toys"))));

    @Test
    void encodersReadBackEqualToThoseWritten() {
        Path file = dir.resolve("encoders.json");
        EncoderFiles.write(file, encoders);

        EncoderSet read = EncoderFiles.read(file);

        assertThat(read).isEqualTo(encoders);
        assertThat(read.users().indexOf("u10")).hasValue(1);
        assertThat(read.featureNames()).containsExactly("time_of_day", "category");
        assertThat(read.contexts().get(0).indexOf("morning")).isEqualTo(2);
    }

    @Test
    void fileIsPlainJsonListingIdsAndValuesInIndexOrder() throws IOException {
        Path file = dir.resolve("encoders.json");
        EncoderFiles.write(file, encoders);

        String json = Files.readString(file).replaceAll("\\s", "");

        assertThat(json).contains("\"items\":[\"p2\",\"p1\"]")
                .contains("{\"feature\":\"time_of_day\",\"values\":[\"<unknown>\",\"night\",\"morning\"]}");
    }

    @Test
    void fileWithoutItemsIsRejectedByName() throws IOException {
        Path file = dir.resolve("encoders.json");
        Files.writeString(file, "{\"users\":[\"u1\"],\"contexts\":[]}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EncoderFiles.read(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items");
    }
}
