package io.ctxrec.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListContextTest {

    @Test
    void theKeyIsEachNameAndValueUrlEncodedInNameOrder_plainTextAsItIs() {
        ListContext c = new ListContext(Map.of("time_of_day", "evening", "device_type", "desktop", "season", "summer"));

        assertThat(c.key()).isEqualTo("device_type=desktop&season=summer&time_of_day=evening");
    }

    @Test
    void everyTextEncodesAsUrlEncoderWouldAndReadsBack() {
        Random random = new Random(3);
        String alphabet = "aZ09.-*_~ +&=%/éü€\u00e9\t";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder value = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ListContext c = new ListContext(Map.of("ctx_x", value.toString()));

            assertThat(c.key()).isEqualTo("ctx_x=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            assertThat(ListContext.ofKey(c.key())).isEqualTo(c);
        }
    }
}
