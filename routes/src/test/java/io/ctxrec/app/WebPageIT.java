package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.jdbc.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromedriver; .ci/run installs them)
 * against the whole service on an embedded database: pick a user with the keyboard, see cards, record a
 * purchase and a rating, retrain from the Models view, refresh and see the models' list without the purchased
 * product, see both diagrams rendered, and no error in the browser console; then the service goes away
 * and the page says so. Screenshots: routes/target/screenshots/*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageIT {
    private static final String TOKEN = "page-token";
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String USER = "u00007";

    private DemoService service;
    private String base;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        service = DemoService.start(TestDatabase.h2(), TOKEN);
        base = service.base();

        Files.createDirectories(SHOTS);
        Process ensure = new ProcessBuilder("../scripts/ensure-chromium.sh").redirectErrorStream(true).start();
        String found = new String(ensure.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ensure.waitFor()).as("scripts/ensure-chromium.sh: " + found).isZero();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium", "/usr/bin/chromium"));
        // Debian's chromium as root in a closed network: no sandbox, no GPU, no background connections.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,1100",
                "--user-data-dir=" + Files.createTempDirectory("ctxrec-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aPersonPicksAUserActsRetrainsRefreshesAndReadsTheDiagrams() throws Exception {
        try {
            walkThroughThePage();
        } catch (AssertionError | RuntimeException e) {
            screenshot("failure"); // what the page showed when the test gave up
            throw e;
        }
    }

    private void walkThroughThePage() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .status"), "300 users"));
        assertThat(text("#auth-banner")).contains("Open mode (demo)").contains("ctxrec.auth.mode=jwt");

        // Pick a user with the keyboard: the search box found by its label, Tab to the one match, Enter.
        WebElement search = byLabel("Search users by id");
        search.sendKeys(USER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-count"), "1 user"));
        search.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("data-user")).isEqualTo(USER);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        // Before any training: cards from the fallback, with reason badges, the category's picture, scores as bars.
        List<WebElement> cards = cardsAfterLoad(12);
        assertThat(new Select(byLabel("Device type")).getFirstSelectedOption().getAttribute("value"))
                .as("a desktop browser's device type").isEqualTo("desktop");
        wait.until(d -> (Boolean) browser.executeScript("const i = document.querySelector('li.card img.picture');"
                + " return !!i && i.complete && i.naturalWidth > 0;"));
        assertThat(cards.get(0).findElement(By.cssSelector("img.picture")).getAttribute("src"))
                .contains("/images/categories/").endsWith(".svg");
        assertThat(cards.get(0).findElement(By.cssSelector(".score-line")).getAttribute("title")).startsWith("score ");
        assertThat(cards.get(0).findElements(By.cssSelector(".score-bar .score-fill"))).hasSize(1);
        assertThat(text(".provenance [data-source]")).isEqualTo("fallback");
        assertThat(cards.get(0).findElement(By.cssSelector(".badge")).getText())
                .isIn("model", "same-category", "same-brand", "popular");
        assertThat(browser.getCurrentUrl()).endsWith("#/shop?user=" + USER);

        // Models view: nothing trained yet; retrain with the admin token and follow it to the end.
        click(By.id("nav-models"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".version"), "None yet"));
        assertThat(text(".quality-gate")).contains("No quality gate is configured");
        byLabel("Admin token").sendKeys(TOKEN);
        click(By.id("retrain"));
        // While it runs: the progress counts models from 1, and the runs table shows the run in training.
        new WebDriverWait(browser, Duration.ofMinutes(4)).until(ExpectedConditions.or(
                ExpectedConditions.textMatches(By.cssSelector(".progress-text"), java.util.regex.Pattern.compile("model [12] of 2")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state='FINISHED']"))));
        assertThat(text(".progress-box")).doesNotContain("model 0 of");
        new WebDriverWait(browser, Duration.ofMinutes(8)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state='FINISHED']")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state='FAILED']"))));
        assertThat(text("[data-state]")).isEqualTo("FINISHED");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.offline tbody tr"), 3));
        assertThat(browser.findElements(By.cssSelector("table.offline tbody th")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("BMF", "NeuMF", "ItemPop");
        assertOnlyModelsNoBetterThanItemPopAreFlagged();
        assertThat(browser.findElements(By.cssSelector(".chart.loss svg polyline"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".chart.validation svg polyline"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".chart.validation svg circle.chosen"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".chart.validation svg line.stopped"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".chart.metric-bars rect.bar"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector(".chart.metric-bars .reference line"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".chart.metric-bars .errorbar"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".chart.history svg polyline"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".chart.loss .axis-title")).stream().map(WebElement::getText))
                .contains("epoch", "loss (binary cross-entropy)");
        assertThat(browser.findElements(By.cssSelector(".chart.loss .tick")).stream().map(WebElement::getText))
                .allSatisfy(t -> assertThat(t).matches("-?\\d+(\\.\\d{1,4})?"));
        assertThat(browser.findElements(By.cssSelector("table.runs [data-status='ACTIVE']")).get(0).getText())
                .isEqualTo("serving");
        assertThat(text(".version")).startsWith("v");
        assertThat(browser.findElements(By.cssSelector("table.runs tbody tr"))).isNotEmpty();
        screenshot("models");

        // Back in the shop the new version answers; record a purchase, refresh, and it is gone from the list.
        click(By.id("nav-shop"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-count"), "1 user"));
        cardsAfterLoad(12);
        click(By.id("refresh"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".provenance [data-source]"), "model"));
        cards = cardsAfterLoad(12);
        assertThat(text(".provenance [data-model]")).isIn("BMF", "NeuMF");
        assertThat(browser.findElements(By.cssSelector("table.metrics tbody tr"))).isNotEmpty();
        String bought = cards.get(0).getAttribute("data-product");
        screenshot("shop");
        new Select(byLabelIn(cards.get(1), "Rate")).selectByValue("4");
        cards.get(1).findElement(By.xpath(".//button[text()='Send rating']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-message"), "4 of 5"));
        cards.get(0).findElement(By.xpath(".//button[text()='Purchase']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-message"), "purchased"));
        click(By.id("refresh"));
        wait.until(d -> !productIds().contains(bought) && productIds().size() == 12);
        assertThat(text(".provenance [data-source]")).isEqualTo("model");

        // Another device type is another context: its own list, computed; back to desktop, the stored one.
        new Select(byLabel("Device type")).selectByValue("mobile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".provenance .facts"),
                "device_type: mobile"));
        assertThat(browser.findElement(By.cssSelector("[data-cache-hit]")).getAttribute("data-cache-hit"))
                .isEqualTo("false");
        new Select(byLabel("Device type")).selectByValue("desktop");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-cache-hit]"), "data-cache-hit", "true"));
        assertThat(text(".provenance .facts")).contains("device_type: desktop");

        // Architecture: the system diagram and the diagram of the running routes, rendered by Mermaid.
        click(By.id("nav-architecture"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".mermaid-out svg"), 2));
        assertThat(browser.findElements(By.cssSelector(".mermaid-out svg")).get(0).getAttribute("innerHTML"))
                .contains("TRAINING").contains("INFERENCE");
        String routes = browser.findElements(By.cssSelector(".mermaid-out svg")).get(1).getAttribute("innerHTML");
        assertThat(routes).contains("score-models").contains("Training").contains("Serving a request")
                .contains("quartz 0 0 3 * * ?").doesNotContain("{{");
        // Pan and zoom: the mouse wheel and the buttons change the zoom; the full-size link opens the picture.
        WebElement pane = browser.findElements(By.cssSelector(".panzoom")).get(0);
        browser.executeScript("arguments[0].dispatchEvent(new WheelEvent('wheel', {deltaY: -400, clientX: 200,"
                + " clientY: 200, bubbles: true, cancelable: true}));", pane);
        wait.until(d -> Double.parseDouble(pane.getAttribute("data-scale")) > 1.5);
        browser.findElements(By.cssSelector(".zoom-reset")).get(0).click();
        wait.until(d -> pane.getAttribute("data-scale").equals("1.000"));
        browser.findElements(By.cssSelector(".zoom-in")).get(0).click();
        wait.until(d -> pane.getAttribute("data-scale").equals("1.250"));
        assertThat(browser.findElements(By.cssSelector("a.full-size"))).hasSize(2)
                .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("blob:"));
        screenshot("architecture");

        assertThat(consoleErrors()).as("errors in the browser console").isEmpty();

        // The service goes away while the page is open: the page says so instead of going blank.
        service.stopServing();
        click(By.id("nav-shop"));
        click(By.id("refresh"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.error"), "unreachable"));
        screenshot("shop-unreachable");
    }

    /**
     * The offline table flags a model exactly when /api/models gives it an HR@10 and an NDCG@10 no higher
     * than ItemPop's: which models that is depends on the run, so each row is checked against the figures.
     */
    @SuppressWarnings("unchecked")
    private void assertOnlyModelsNoBetterThanItemPopAreFlagged() {
        List<Map<String, Object>> models = (List<Map<String, Object>>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch('/api/models').then(r => r.json()).then(j => done(j.models));");
        Map<String, Map<String, Object>> metrics = models.stream().collect(Collectors.toMap(
                m -> (String) m.get("model"), m -> (Map<String, Object>) m.get("metrics")));
        Map<String, Object> pop = metrics.get("ItemPop");
        for (WebElement row : browser.findElements(By.cssSelector("table.offline tbody tr"))) {
            String model = row.findElement(By.cssSelector("th")).getText().split("\\s+")[0];
            Map<String, Object> own = metrics.get(model);
            boolean noBetter = !model.equals("ItemPop")
                    && number(own, "hit_rate") <= number(pop, "hit_rate") && number(own, "ndcg") <= number(pop, "ndcg");
            assertThat(row.findElements(By.cssSelector(".flag-itempop"))).as("the ItemPop flag of " + model)
                    .hasSize(noBetter ? 1 : 0);
            assertThat(row.getAttribute("class")).as(model + "'s row").isEqualTo(noBetter ? "below-baseline" : "");
        }
        // Both branches, whatever this run's figures: the page's rule on made-up figures.
        assertThat((Boolean) browser.executeScript("const f = window.ctxrecCharts.noBetterThanItemPop;"
                + " const ms = [{model: 'ItemPop', metrics: {hit_rate: 0.3, ndcg: 0.2}},"
                + " {model: 'A', metrics: {hit_rate: 0.3, ndcg: 0.1}}, {model: 'B', metrics: {hit_rate: 0.31, ndcg: 0.1}}];"
                + " return f(ms[1], ms) && !f(ms[2], ms) && !f(ms[0], ms);")).isTrue();
    }

    private static double number(Map<String, Object> metrics, String key) {
        Object value = metrics == null ? null : metrics.get(key);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** Clicks once the element is where it will stay: a re-rendering page can move it under the pointer. */
    private void click(By target) {
        wait.ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(target).click();
                    return true;
                });
    }

    private List<WebElement> cardsAfterLoad(int expected) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.card"), expected));
        wait.until(d -> d.findElements(By.cssSelector(".results[aria-busy='true']")).isEmpty());
        return browser.findElements(By.cssSelector("li.card"));
    }

    /** Read in one go in the page, so a list React is re-rendering cannot leave stale elements behind. */
    @SuppressWarnings("unchecked")
    private List<String> productIds() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('li.card')).map(c => c.dataset.product);");
    }

    private WebElement byLabel(String label) {
        WebElement l = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return browser.findElement(By.id(l.getAttribute("for")));
    }

    private static WebElement byLabelIn(WebElement scope, String label) {
        WebElement l = scope.findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
        return scope.findElement(By.id(l.getAttribute("for")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).collect(Collectors.toList());
    }

    private void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String executable(String name, String fallback) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return fallback;
    }
}
