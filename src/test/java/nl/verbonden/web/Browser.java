package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at headless Debian Chromium: opens pages, types, clicks and reads, and checks every page
 * with axe-core. Without Chromium installed the browser tests are skipped, saying so.
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final String base;
  private final Path profile;

  private Browser(URL base) throws Exception {
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    this.profile = Files.createTempDirectory("verbonden-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=nl",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            profile.resolve("downloads").toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  /** A fresh browser, or the test is skipped when Chromium is not installed. */
  static Browser open(URL base) throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      System.out.println(
          "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
              + "(apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(installed, "Chromium is not installed: browser tests skipped");
    return new Browser(base);
  }

  Browser go(String path) {
    driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
    return this;
  }

  Browser login(String user) {
    submitLogin(user);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.id("ingelogd")).isEmpty()); // only on pages behind the login
    return this;
  }

  /** Logs in and waits for whatever page follows (e.g. the 403 page of a deactivated account). */
  Browser submitLogin(String user) {
    go("index.xhtml");
    type("j_username", user);
    type("j_password", "verbonden");
    click(By.id("aanmelden"));
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.getTitle().startsWith("Aanmelden"));
    return this;
  }

  Browser logout() {
    click(By.id("afmelden"));
    waitFor(By.id("j_username"));
    return this;
  }

  void type(String id, String text) {
    WebElement field = waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Opens a party of the register as a person finds it: searches the list for its name and clicks
   * it. (Other tests of the run add parties, so a demo party need not be on the first page.)
   */
  void openParty(String name) {
    go("register/parties.xhtml");
    type("lijst:zoek", name);
    click(By.linkText(name));
  }

  /** Chooses a file in a file input, as a person does in the browser's file dialog. */
  void upload(By fileInput, Path file) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(fileInput))
        .sendKeys(file.toAbsolutePath().toString());
  }

  void click(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
              if (element == null) {
                return false;
              }
              element.click();
              return true;
            });
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until the text shows anywhere on the page. */
  void waitForText(String text) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          // a page that is being replaced answers "Node ... does not belong to the document"
          .ignoring(org.openqa.selenium.WebDriverException.class)
          .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Not shown: \""
              + text
              + "\" on "
              + url()
              + " (screenshot "
              + screenshot()
              + "); the page says: "
              + pageText(),
          e);
    }
  }

  /**
   * Waits until the condition holds (an ajax update re-renders elements, so stale ones are tried
   * again).
   */
  void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .ignoring(org.openqa.selenium.NoSuchElementException.class)
          .ignoring(org.openqa.selenium.WebDriverException.class)
          .until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Condition not met on " + url() + " (screenshot " + screenshot() + ")", e);
    }
  }

  /**
   * Sets a PrimeFaces datePicker to a day through its widget, as picking the day in its calendar
   * does. (Typing into it key by key races the calendar's own parsing.)
   */
  void date(String clientId, java.time.LocalDate day) {
    waitFor(By.id(clientId + "_input"));
    String widget = "widget_" + clientId.replace(':', '_');
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.widgets[arguments[0]].setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
            widget,
            day.getYear(),
            day.getMonthValue(),
            day.getDayOfMonth());
  }

  /**
   * Saves a screenshot of the page under target/screenshots for a failing test, and returns its
   * path.
   */
  String screenshot() {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(System.currentTimeMillis() + ".png");
      Files.write(
          file,
          ((org.openqa.selenium.TakesScreenshot) driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      return file.toAbsolutePath().toString();
    } catch (java.io.IOException | RuntimeException e) {
      return "not taken: " + e;
    }
  }

  /**
   * Chooses a value in a PrimeFaces selectOneMenu through its widget, as a click on the option
   * does.
   */
  void selectOne(String clientId, String value) {
    waitFor(By.id(clientId));
    String widget = "widget_" + clientId.replace(':', '_');
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", widget, value);
  }

  /**
   * Chooses an option of a PrimeFaces selectOneMenu as a person does: opens it and clicks the
   * option's label. Opening and clicking are retried until the menu shows the choice: the panel's
   * show animation can swallow a first click.
   */
  void choose(String clientId, String label) {
    waitFor(By.id(clientId));
    String panel = "#" + clientId.replace(":", "\\:") + "_panel";
    By option = By.cssSelector(panel + " li[data-label=\"" + label.replace("\"", "\\\"") + "\"]");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .pollingEvery(Duration.ofMillis(300))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
          .ignoring(org.openqa.selenium.NoSuchElementException.class)
          .until(
              d -> {
                if (label.equals(d.findElement(By.id(clientId + "_label")).getText().strip())) {
                  return true;
                }
                List<WebElement> items = d.findElements(option);
                if (items.isEmpty() || !items.get(0).isDisplayed()) {
                  // the panel fills its options when it opens
                  d.findElement(By.id(clientId)).click();
                  return false;
                }
                items.get(0).click();
                return label.equals(d.findElement(By.id(clientId + "_label")).getText().strip());
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Could not choose \"" + label + "\" in " + clientId + " on " + url(), e);
    }
    // the panel closes with an animation: until it has, its list is on screen without a label
    // of its own (axe's aria-input-field-name), and it may cover the next field
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> d.findElements(By.cssSelector(panel)).stream().noneMatch(WebElement::isDisplayed));
  }

  /** Clicks the label of a radio button or checkbox, as a person does. */
  void clickLabel(String inputId) {
    click(By.cssSelector("label[for='" + inputId + "']"));
  }

  /** Opens a tab of a PrimeFaces tabView by its tab id, e.g. {@code tabs:deelnemers}. */
  void openTab(String tabClientId) {
    click(By.cssSelector("a[href='#" + tabClientId + "']"));
    waitFor(By.id(tabClientId));
  }

  /** Waits for a downloaded file of this name and returns its path. */
  Path downloaded(String fileName) {
    Path file = profile.resolve("downloads").resolve(fileName);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> Files.isRegularFile(file) && sizeOf(file) > 0);
    return file;
  }

  /**
   * Waits for a downloaded file whose name starts with the prefix (and is complete), and returns
   * its path.
   */
  Path downloadedMatching(String prefix) {
    Path dir = profile.resolve("downloads");
    Path[] found = new Path[1];
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                found[0] =
                    files
                        .filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .filter(f -> sizeOf(f) > 0)
                        .findFirst()
                        .orElse(null);
                return found[0] != null;
              } catch (java.io.IOException e) {
                return false;
              }
            });
    return found[0];
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  String text(By by) {
    return waitFor(by).getText();
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String title() {
    return driver.getTitle();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  WebDriver driver() {
    return driver;
  }

  /** axe-core on the current page: no violation of impact serious or critical. */
  /**
   * Every visible table cell of the content shows its whole content (its scroll width fits its
   * client width), and the page itself does not scroll sideways: wide tables scroll inside their
   * own box (issue 19: 1280 and 768 px).
   */
  @SuppressWarnings("unchecked")
  void assertNothingClipped(String where) {
    java.util.List<String> clipped =
        (java.util.List<String>)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                    "const out = [];"
                        + "for (const c of document.querySelectorAll('#inhoud td, #inhoud th')) {"
                        + "  if (c.offsetParent === null) continue;"
                        + "  if (c.scrollWidth > c.clientWidth + 1) out.push(c.tagName + ' '"
                        + "    + c.scrollWidth + '>' + c.clientWidth + ': '"
                        + "    + c.textContent.trim().slice(0, 40));"
                        + "}"
                        + "const doc = document.documentElement;"
                        + "if (doc.scrollWidth > doc.clientWidth + 1) out.push('page ' + doc.scrollWidth"
                        + "  + '>' + doc.clientWidth);"
                        + "return out;");
    org.junit.jupiter.api.Assertions.assertTrue(clipped.isEmpty(), where + ": " + clipped);
  }

  void assertAccessible() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<Rule> severe =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .collect(Collectors.toList());
    assertTrue(
        severe.isEmpty(),
        () ->
            "Accessibility violations on "
                + url()
                + ": "
                + severe.stream()
                    .map(
                        v ->
                            v.getId()
                                + " ("
                                + v.getImpact()
                                + "): "
                                + v.getNodes().stream()
                                    .map(n -> n.getTarget().toString())
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
