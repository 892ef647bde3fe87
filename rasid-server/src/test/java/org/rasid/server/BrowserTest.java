package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through the pages, in a real headless Chromium: open the search page, type an Arabic query,
 * submit, see highlighted results and the chart, open the first result, see its title and the folded list of
 * dropped lines. Screenshots go to target/screenshots. Uses Debian's chromium and chromium-driver at fixed paths
 * (Selenium Manager never downloads anything); skipped when they are not installed.
 */
@Tag("browser")
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
  static final int WIDTH = 1280;

  @TempDir
  static Path profile;

  static RasidServer server;
  static ChromeDriver driver;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void start() {
    if ("1".equals(System.getenv("RASID_REQUIRE_BROWSER"))) { // CI: a missing browser is a failure, not a skip
      org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
          "RASID_REQUIRE_BROWSER=1 but /usr/bin/chromium or /usr/bin/chromedriver is missing");
    }
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
            + " install them with: apt-get install -y chromium chromium-driver");
    System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    server = RasidServer.start(Fixtures.index(), ServerConfig.defaults().withPort(0));
    base = "http://127.0.0.1:" + server.port();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + WIDTH + ",900", "--lang=ar");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void searchThenReadAnArticle() throws IOException {
    driver.get(base + "/");
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");

    box.sendKeys("جنوب العراق");
    box.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("q="));
    List<WebElement> hits = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".hit"), 0));
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("جنوب العراق");
    assertThat(hits).hasSize(2);
    List<WebElement> marks = driver.findElements(By.cssSelector(".snippet mark"));
    assertThat(marks).isNotEmpty();
    assertThat(marks).extracting(WebElement::getText).contains("العراق");

    // The chart is drawn by uPlot under the Content-Security-Policy, and replaces the table.
    wait.until(ExpectedConditions.attributeToBe(By.id("volume-chart"), "data-chart", "ready"));
    assertThat(driver.findElements(By.cssSelector("#volume-chart canvas"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector(".volume-table")).getAttribute("open")).isNull();
    assertWebfontsLoaded();
    screenshot("search.png");

    WebElement first = driver.findElement(By.cssSelector(".hit-title a"));
    String title = first.getText();
    first.click();
    WebElement h1 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.record-title")));
    assertThat(h1.getText()).isEqualTo(title);
    WebElement dropped = driver.findElement(By.cssSelector("details.dropped"));
    assertThat(dropped.getAttribute("open")).as("folded away").isNull();
    assertThat(dropped.findElement(By.tagName("summary")).getText()).startsWith("ما حُذف من النص الأصلي");
    assertThat(dropped.findElement(By.cssSelector("tbody td.dropped-text")).isDisplayed()).isFalse();
    screenshot("article.png");

    dropped.findElement(By.tagName("summary")).click();
    assertThat(dropped.findElement(By.cssSelector("tbody td.dropped-text")).isDisplayed()).isTrue();
    screenshot("article-dropped-open.png");

    assertNoConsoleErrors();
  }

  @Test
  void homeListsTheNewestArticlesAndFitsANarrowScreen() throws IOException {
    driver.get(base + "/");
    wait.until(ExpectedConditions.attributeToBe(By.id("volume-chart"), "data-chart", "ready"));
    assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("أحدث المقالات");
    assertThat(driver.findElements(By.cssSelector(".hit"))).hasSize(4);
    screenshot("home.png");
    driver.manage().window().setSize(new Dimension(414, 900));
    try {
      Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve("home-narrow.png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.manage().window().setSize(new Dimension(WIDTH, 900));
    }
  }

  @Test
  void errorPagesAreFriendlyArabicPages() throws IOException {
    driver.get(base + "/articles/does-not-exist");
    WebElement h1 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    assertThat(h1.getText()).isEqualTo("الصفحة غير موجودة");
    screenshot("not-found.png");
  }

  @Test
  void entityPageAndNetworkAreDrawnWithoutAnyScript() throws IOException {
    FakeArticleIndex entities = new FakeArticleIndex();
    EntityPagesTest.ARTICLES.forEach(entities::upsert);
    entities.commit(Map.of());
    try (RasidServer other = RasidServer.start(entities, ServerConfig.defaults().withPort(0))) {
      String at = "http://127.0.0.1:" + other.port();
      driver.get(at + "/network");
      List<WebElement> nodes = wait.until(
          ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("svg.network a.node"), 0));
      assertThat(nodes).hasSize(5);
      WebElement svg = driver.findElement(By.cssSelector("svg.network"));
      assertThat(svg.getSize().getWidth()).as("the SVG is drawn at the page's width").isGreaterThan(600);
      assertThat(driver.findElements(By.cssSelector("svg.network line.edge"))).isNotEmpty();
      screenshot("network.png");

      WebElement kadhimi = driver.findElement(By.cssSelector("svg.network a.node-person"));
      kadhimi.click();
      WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.entity-name")));
      String first = name.getText();
      assertThat(first).isNotBlank();
      assertThat(driver.getCurrentUrl()).contains("/entities/p-");
      assertThat(driver.findElements(By.cssSelector("svg.month-bars rect.bar"))).isNotEmpty();
      assertThat(driver.findElement(By.cssSelector("svg.month-bars")).getSize().getHeight()).isGreaterThan(50);
      screenshot("entity.png");

      driver.findElement(By.cssSelector(".entity-cooccurring a.ent-link")).click();
      wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("h1.entity-name"), first)));
      assertNoConsoleErrors();
    }
  }

  /** The bundled fonts loaded (when the build ran npm), rather than a system fallback. */
  private static void assertWebfontsLoaded() {
    Object ok = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "document.fonts.ready.then(() => done(["
            + "document.fonts.check('16px \"Noto Naskh Arabic Variable\"', 'عربي'),"
            + "document.fonts.check('16px \"Noto Sans Arabic Variable\"', 'عربي'),"
            + "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family).join(',')]));");
    List<?> result = (List<?>) ok;
    if (BrowserTest.class.getResource("/public/vendor/noto-naskh-arabic/index.css") != null) {
      assertThat(result.get(2).toString()).contains("Noto Naskh Arabic Variable", "Noto Sans Arabic Variable");
    }
  }

  private static void assertNoConsoleErrors() {
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("does-not-exist")) // the deliberate 404 of the other test
        .toList();
    assertThat(errors).as("console errors (a CSP violation shows here)").isEmpty();
  }

  /** A screenshot of the whole page: the window is made as tall as the document (plus its own frame) first. */
  private static void screenshot(String name) throws IOException {
    List<?> sizes = (List<?>) ((JavascriptExecutor) driver).executeScript(
        "return [Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),"
            + " window.outerHeight - window.innerHeight];");
    long height = ((Number) sizes.get(0)).longValue() + ((Number) sizes.get(1)).longValue();
    driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(5000, Math.max(900, height))));
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(WIDTH, 900));
  }
}
