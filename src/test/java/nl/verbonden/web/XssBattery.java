package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.platform.demo.XssFixtures;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.testsupport.TestServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What XssBatteryBrowserIT does in the browser (a class of its own, so that the test class, which
 * also runs in the container to store the texts, refers to Selenium only through it): opens the
 * pages of the battery's municipality and checks each.
 */
final class XssBattery {

  /**
   * Runs before any script of every page: records instead of showing what a script from the data
   * would do (alert) and every script error (a page broken by data), for {@link #assertClean}.
   */
  private static final String WATCH =
      "window.__xss = []; window.__errors = [];"
          + "window.alert = function (m) { window.__xss.push('alert(' + m + ')'); };"
          + "window.confirm = function (m) { window.__xss.push('confirm(' + m + ')'); return false; };"
          + "window.prompt = function (m) { window.__xss.push('prompt(' + m + ')'); return null; };"
          + "window.addEventListener('error', function (e) {"
          + "  if (e.message) { window.__errors.push(e.message + ' ' + e.filename + ':' + e.lineno); } });";

  /** Markup that only the data could have put into the DOM. */
  private static final String MARKUP_FROM_DATA =
      "const found = [];"
          + "document.querySelectorAll('img[onerror], img[src=\"x\"]').forEach(e => found.push(e.outerHTML));"
          + "document.querySelectorAll('b').forEach(e => { if (e.textContent === 'vet') found.push(e.outerHTML); });"
          + "for (const s of document.scripts) { if (/^alert\\(\\d\\)$/.test(s.textContent.trim())) found.push(s.outerHTML); }"
          + "document.querySelectorAll('*').forEach(e => { for (const a of e.attributes) {"
          + "  if (a.name.startsWith('on') && a.value.includes('alert(')) found.push(e.tagName + ' ' + a.name); } });"
          + "return found;";

  private static final LocalDate TODAY = LocalDate.now(ApplicationClock.fromSystem());

  /** The pages the menu of a regisseur leads to; from there every linked page is opened. */
  private static final List<String> REGISSEUR_PAGES =
      List.of(
          "index.xhtml",
          "register/parties.xhtml",
          "rollen/matrix.xhtml",
          "rollen/bevindingen.xhtml",
          "rollen/mensen.xhtml",
          "dvo/index.xhtml",
          "kwadranten/index.xhtml",
          "overzichten/index.xhtml");

  /** The pages that show a text of the data (they must show it literally). */
  private static final Set<String> SHOWING_DATA =
      Set.of(
          "register/parties.xhtml",
          "register/party.xhtml",
          "rollen/matrix.xhtml",
          "rollen/mensen.xhtml",
          "rollen/persoon.xhtml",
          "dvo/index.xhtml",
          "dvo/agreement.xhtml",
          "kwadranten/index.xhtml",
          "kwadranten/positie.xhtml");

  /** How many addresses of one page (with different ids) are opened. */
  private static final int PER_PAGE = 3;

  private XssBattery() {}

  private static Browser open() throws Exception {
    Browser browser = Browser.open(TestServer.url());
    ((ChromeDriver) browser.driver())
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    return browser;
  }

  static void pagesOfTheRegisseur() throws Exception {
    try (Browser browser = open()) {
      browser.login(XssFixtures.LOGIN);
      Set<String> opened = crawl(browser, REGISSEUR_PAGES, 2);
      for (String page :
          List.of(
              "register/party.xhtml",
              "register/party-edit.xhtml",
              "rollen/persoon.xhtml",
              "dvo/agreement.xhtml",
              "kwadranten/positie.xhtml")) {
        assertTrue(
            opened.stream().anyMatch(o -> o.startsWith(page)), () -> page + " not in " + opened);
      }
    }
  }

  static void charts() throws Exception {
    try (Browser browser = open()) {
      browser.login(XssFixtures.LOGIN);
      browser.go("kwadranten/index.xhtml");
      browser.waitFor(By.cssSelector("#matrix\\:grafiek canvas"));
      assertClean(browser, true);
      String labels =
          (String)
              js(browser)
                  .executeScript(
                      "return JSON.stringify(PrimeFaces.widgets['widget_matrix_grafiek'].chart.data.datasets.map(d => d.label));");
      assertTrue(labels.contains(json("<img src=x onerror=alert(3)>")), labels);
      assertTrue(
          (Boolean)
              js(browser)
                  .executeScript(
                      "return PrimeFaces.widgets['widget_matrix_grafiek'].chart.data.datasets"
                          + ".some(d => d.label && d.label.startsWith(arguments[0]));",
                      XssFixtures.PAYLOAD),
          "a bubble is labelled with the party's name exactly as stored");

      // a filter updates the table and the chart by Ajax: the partial response (XML) carries the
      // texts too
      browser.choose("matrix:groep", "Stichtingen en verenigingen");
      browser.waitUntil(
          d -> !d.findElement(By.id("matrix:posities")).getText().contains("GGD regio Utrecht"));
      String filtered = browser.text(By.id("matrix:posities"));
      assertTrue(filtered.contains("Stichting Welzijn Woudenberg"), filtered);
      assertTrue(filtered.contains("<img src=x onerror=alert(3)>"), filtered);
      browser.waitFor(By.cssSelector("#matrix\\:grafiek canvas"));
      assertClean(browser, true);
      String welfare =
          (String)
              js(browser)
                  .executeScript(
                      "const d = PrimeFaces.widgets['widget_matrix_grafiek'].chart.data.datasets"
                          + ".find(d => d.label && d.label.endsWith('Stichting Welzijn Woudenberg'));"
                          + " return d ? d.label : null;");
      System.out.println(
          "XSS battery: the bubble after the Ajax update: "
              + (welfare == null
                  ? null
                  : welfare
                      .codePoints()
                      .mapToObj(c -> c < 0x7f ? Character.toString(c) : String.format("U+%04X", c))
                      .collect(java.util.stream.Collectors.joining())));
      assertTrue(
          welfare != null && welfare.startsWith(XssFixtures.PAYLOAD.substring(0, 100)),
          () -> "after the update the bubble has the name as text: " + welfare);

      // the trend charts of an agreement
      browser.go("dvo/index.xhtml");
      String agreement =
          (String)
              js(browser)
                  .executeScript(
                      "const a = [...document.querySelectorAll('a[href*=\"agreement.xhtml?id=\"]')]"
                          + ".find(a => a.textContent.includes('onerror')); return a && a.href;");
      assertTrue(agreement != null, "an agreement with a hostile title is listed");
      browser.driver().get(agreement);
      browser.waitFor(By.cssSelector("canvas"));
      assertClean(browser, true);
      String trend =
          (String)
              js(browser)
                  .executeScript(
                      "return JSON.stringify(Object.values(PrimeFaces.widgets).filter(w => w.chart)"
                          + ".map(w => w.chart.data));");
      assertTrue(trend.length() > 20, trend);
      Number charts =
          (Number)
              js(browser)
                  .executeScript(
                      "return Object.values(PrimeFaces.widgets).filter(w => w.chart).length;");
      assertTrue(charts.intValue() >= 1, "the trend charts are drawn");
    }
  }

  static void image() throws Exception {
    try (Browser browser = open()) {
      browser.login(XssFixtures.LOGIN);
      browser.go("kwadranten/index.xhtml");
      String href = browser.waitFor(By.id("matrix:afbeelding")).getAttribute("href");
      Map<String, Object> png = fetch(browser, href);
      assertEquals(200L, png.get("status"), href);
      assertEquals("image/png", png.get("type"));
      byte[] bytes = Base64.getDecoder().decode((String) png.get("body"));
      javax.imageio.ImageIO.setUseCache(false);
      java.awt.image.BufferedImage image =
          javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes));
      assertTrue(image != null && image.getWidth() > 100, "a PNG that reads");
    }
  }

  static void exports() throws Exception {
    try (Browser browser = open()) {
      browser.login(XssFixtures.LOGIN);
      browser.go("register/parties.xhtml");
      browser.click(By.id("lijst:csv"));
      String csv = Files.readString(browser.downloaded("register.csv"), StandardCharsets.UTF_8);
      assertTrue(csv.contains("<img src=x onerror=alert(3)>&amp; & <b>vet</b>"), csv);
      assertTrue(csv.startsWith("\uFEFFNaam;"), "the CSV's header first");
      assertClean(browser, true);

      browser.click(By.id("lijst:excel"));
      Path xlsx = browser.downloadedMatching("register.xlsx");
      List<String> cells = new ArrayList<>();
      try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
        Sheet sheet = book.getSheetAt(0);
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(cell.toString());
          }
        }
      }
      assertTrue(
          cells.stream()
              .anyMatch(c -> c.contains("<img src=x onerror=alert(3)>&amp; & <b>vet</b>")),
          cells::toString);
    }
  }

  static void overview() throws Exception {
    try (Browser browser = open()) {
      browser.login(XssFixtures.LOGIN);
      browser.go("overzichten/index.xhtml");
      browser.waitForText("Concept maken en publiceren");
      assertClean(browser, true);
      String html = browser.driver().findElement(By.id("maken:conceptHtml")).getAttribute("href");
      String pdf = browser.driver().findElement(By.id("maken:conceptPdf")).getAttribute("href");

      Map<String, Object> draftPdf = fetch(browser, pdf);
      assertEquals(200L, draftPdf.get("status"), pdf);
      assertPdfShowsTheTexts(Base64.getDecoder().decode((String) draftPdf.get("body")));

      browser.click(By.id("maken:publiceren"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText("is gepubliceerd als versie");
      assertClean(browser, true);
      String version =
          browser.driver().findElement(By.id("versies:0:download")).getAttribute("href");
      Map<String, Object> published = fetch(browser, version);
      assertEquals(200L, published.get("status"), version);
      assertPdfShowsTheTexts(Base64.getDecoder().decode((String) published.get("body")));

      // issue 18: the published version read in the browser, from its frozen data
      String read = browser.driver().findElement(By.id("versies:0:lezen")).getAttribute("href");
      browser.driver().get(read);
      browser.waitForText("U leest de gegevens");
      assertClean(browser, true);
      assertShowsTheTexts(browser);

      // the draft as HTML, a servlet response of its own (no template, no menu)
      browser.driver().get(html);
      browser.waitFor(By.cssSelector("h1.cover-title"));
      assertClean(browser, false);
      assertShowsTheTexts(browser);
      assertTrue(browser.title().startsWith("Governance-overzicht"), browser.title());
      assertTrue(
          browser.title().contains("<img src=x onerror=alert(3)>"),
          "the municipality's name in the title, as text: " + browser.title());
      Number chart =
          (Number)
              js(browser)
                  .executeScript(
                      "const i = document.querySelector('img.chart'); return i && i.naturalWidth;");
      assertTrue(chart != null && chart.intValue() > 100, "the matrix in the document");
    }
  }

  static void administration() throws Exception {
    try (Browser browser = open()) {
      browser.login("beheer");
      Set<String> opened =
          crawl(browser, List.of("beheer/tenants.xhtml", "beheer/accounts.xhtml"), 1);
      browser.go("beheer/tenants.xhtml");
      assertShowsTheTexts(browser);
      browser.go("beheer/accounts.xhtml");
      assertShowsTheTexts(browser);
      assertTrue(
          opened.stream().anyMatch(o -> o.startsWith("beheer/tenant.xhtml")), opened::toString);
    }
  }

  /**
   * Opens the pages, and the pages they link to (to the depth given; {@value #PER_PAGE} addresses
   * of a page at most), and checks each.
   *
   * @return the opened addresses, relative to the application
   */
  private static Set<String> crawl(Browser browser, List<String> start, int depth) {
    String base = TestServer.url().toString();
    Set<String> opened = new LinkedHashSet<>();
    Map<String, Integer> perPage = new HashMap<>();
    List<String> next = new ArrayList<>(start);
    for (int level = 0; level <= depth && !next.isEmpty(); level++) {
      List<String> found = new ArrayList<>();
      for (String page : next) {
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        if (opened.contains(page) || perPage.getOrDefault(path, 0) >= PER_PAGE) {
          continue;
        }
        perPage.merge(path, 1, Integer::sum);
        opened.add(page);
        browser.go(page);
        browser.waitFor(By.id("inhoud"));
        assertClean(browser, true);
        if (SHOWING_DATA.contains(path)) {
          assertShowsTheTexts(browser);
        }
        @SuppressWarnings("unchecked")
        List<String> links =
            (List<String>)
                js(browser)
                    .executeScript(
                        "return [...document.querySelectorAll('#inhoud a[href]')].map(a => a.href);");
        for (String link : links) {
          if (link.startsWith(base) && link.contains(".xhtml") && !link.contains("#")) {
            found.add(link.substring(base.length()));
          }
        }
      }
      next = found;
    }
    return opened;
  }

  /**
   * Nothing of the data ran or became markup, no script failed, and an application page is whole:
   * its menu and main part are there and it is not an error page.
   */
  private static void assertClean(Browser browser, boolean applicationPage) {
    String where = browser.url();
    @SuppressWarnings("unchecked")
    List<String> ran = (List<String>) js(browser).executeScript("return window.__xss || [];");
    assertEquals(List.of(), ran, () -> "script from the data ran on " + where);
    @SuppressWarnings("unchecked")
    List<String> errors = (List<String>) js(browser).executeScript("return window.__errors || [];");
    assertEquals(List.of(), errors, () -> "script errors on " + where);
    @SuppressWarnings("unchecked")
    List<String> markup = (List<String>) js(browser).executeScript(MARKUP_FROM_DATA);
    assertEquals(List.of(), markup, () -> "markup from the data on " + where);
    if (applicationPage) {
      assertFalse(
          browser.driver().findElements(By.id("menu:hoofdmenu")).isEmpty(),
          () -> "no menu on " + where + " (screenshot " + browser.screenshot() + ")");
      assertFalse(browser.title().startsWith("Er "), () -> "an error page: " + where);
    }
  }

  /** The page shows the hostile text literally, as a person typed it. */
  private static void assertShowsTheTexts(Browser browser) {
    String text = browser.pageText();
    for (String visible : XssFixtures.VISIBLE) {
      assertTrue(
          text.contains(visible),
          () -> "not shown as text on " + browser.url() + ": " + visible + " in " + text);
    }
  }

  private static JavascriptExecutor js(Browser browser) {
    return (JavascriptExecutor) browser.driver();
  }

  /** A resource as the logged-in browser gets it: status, content type and body (base64). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fetch(Browser browser, String url) {
    return (Map<String, Object>)
        js(browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {"
                    + "  const bytes = new Uint8Array(await r.arrayBuffer()); let s = '';"
                    + "  for (let i = 0; i < bytes.length; i += 8192) {"
                    + "    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)); }"
                    + "  done({status: r.status, type: (r.headers.get('content-type') || '').split(';')[0],"
                    + "        body: btoa(s)}); }).catch(e => done({status: -1, type: '', body: '', error: String(e)}));",
                url);
  }

  private static void assertPdfShowsTheTexts(byte[] pdf) throws Exception {
    assertTrue(
        pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // lines wrap anywhere in a long text: compare without white space
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertTrue(document.getNumberOfPages() > 3, "the whole overview");
      assertTrue(text.contains("GemeenteXss"), "the municipality on the cover");
      assertTrue(text.contains("onerror=alert(3)>&amp;&<b>vet</b>"), text);
      assertTrue(text.contains("Kwadrantenmatrix"), "the chapters");
    }
  }

  /** A text as JSON.stringify writes it inside a string. */
  private static String json(String text) {
    return text.replace("\"", "\\\"");
  }

  static int year() {
    return TODAY.getYear();
  }
}
