package io.ctxrec.routes.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.config.CtxrecConfig;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A jwt mode that could not verify anything fails at start, naming the key to fix; open is the default. */
class AuthSettingsTest {

    private static Access access(Map<String, String> settings) {
        Properties p = new Properties();
        p.putAll(settings);
        return new Access(AuthSettings.fromConfig(CtxrecConfig.load(null, Map.of(), p)), Clock.systemUTC());
    }

    @Test
    void openIsTheDefault() {
        assertThat(access(Map.of("ctxrec.admin.token", "t")).mode()).isEqualTo(AuthMode.OPEN);
    }

    @Test
    void jwtModeNeedsExactlyOneKeySource() {
        assertThatThrownBy(() -> access(Map.of("ctxrec.auth.mode", "jwt"))).hasMessageContaining("exactly one of")
                .hasMessageContaining("0 are set");
        assertThatThrownBy(() -> access(Map.of("ctxrec.auth.mode", "jwt", "ctxrec.auth.jwt.secret",
                "0123456789abcdef0123456789abcdef", "ctxrec.auth.jwt.jwks-url", "https://id.example/jwks")))
                .hasMessageContaining("2 are set");
    }

    @Test
    void aShortSecretAnUnreadableKeyAndAnUnknownModeAreRefused() {
        assertThatThrownBy(() -> access(Map.of("ctxrec.auth.mode", "jwt", "ctxrec.auth.jwt.secret", "short")))
                .hasMessageContaining("at least 32 bytes for HS256, was 5");
        assertThatThrownBy(() -> access(Map.of("ctxrec.auth.mode", "jwt", "ctxrec.auth.jwt.public-key",
                "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----")))
                .hasMessageContaining("ctxrec.auth.jwt.public-key is not a readable RSA or EC public key");
        assertThatThrownBy(() -> access(Map.of("ctxrec.auth.mode", "jwt", "ctxrec.auth.jwt.public-key", "/no/such.pem")))
                .hasMessageContaining("neither PEM text nor a readable file");
        assertThatThrownBy(() -> access(Map.of("ctxrec.auth.mode", "jwt", "ctxrec.auth.jwt.jwks-url", "file:///etc/keys")))
                .hasMessageContaining("must be an http(s) URL");
        assertThatThrownBy(() -> access(Map.of("ctxrec.auth.mode", "oauth")))
                .hasMessageContaining("ctxrec.auth.mode must be open or jwt, was 'oauth'");
    }
}
