package io.ctxrec.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebAssetsTest {
    private final WebAssets assets = new WebAssets();

    @Test
    void thePageItsScriptsAndTheDiagramAreServedWithTheirTypes() {
        assertThat(assets.find("/").orElseThrow().contentType()).startsWith("text/html");
        assertThat(new String(assets.find("/").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .contains("/vendor/react.js", "/ui/app.js");
        assertThat(assets.find("/ui/app.js").orElseThrow().contentType()).startsWith("text/javascript");
        assertThat(assets.find("/ui/style.css").orElseThrow().contentType()).startsWith("text/css");
        assertThat(new String(assets.find("/diagrams/ctxrec-system.mmd").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .startsWith("flowchart");
    }

    @Test
    void everyVendorScriptResolvesToItsWebJar() {
        for (String name : new String[] {"react.js", "react-dom.js", "htm.js", "mermaid.js"}) {
            WebAssets.Asset a = assets.find("/vendor/" + name).orElseThrow();
            assertThat(a.bytes().length).as(name).isGreaterThan(1000);
            assertThat(a.cacheControl()).contains("max-age");
        }
        assertThat(new String(assets.find("/vendor/react.js").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .contains("React");
    }

    @Test
    void nothingOutsideTheAllowListIsServed() {
        assertThat(assets.find("/web-vendor.properties")).isEmpty();
        assertThat(assets.find("/ui/../web-vendor.properties")).isEmpty();
        assertThat(assets.find("/vendor/scheduler.js")).isEmpty();
        assertThat(assets.find("/logback.xml")).isEmpty();
        assertThat(assets.find("/io/ctxrec/routes/web/WebAssets.class")).isEmpty();
    }
}
