package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorRepliesTest {

    @Test
    void errorBodyNamesTheCodeBeforeTheMessageAndEscapesIt() {
        String body = ErrorReplies.body("bad-request", "limit must be a number, was \"abc\"");

        assertThat(body).isEqualTo(
                "{\"error\":{\"code\":\"bad-request\",\"message\":\"limit must be a number, was \\\"abc\\\"\"}}");
    }
}
