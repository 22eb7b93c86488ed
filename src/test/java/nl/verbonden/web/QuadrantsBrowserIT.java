package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The matrix as a regisseur uses it: the points, a filter, a click on a bubble, and an override
 * with its rationale.
 */
class QuadrantsBrowserIT {

  private static final String WELFARE = "Stichting Welzijn Woudenberg";

  private final URL base = TestServer.url();

  /** Clicks the bubble of a party where Chart.js drew it on the canvas. */
  private static void clickBubble(Browser browser, String party) {
    WebElement canvas = browser.waitFor(By.cssSelector("#matrix\\:grafiek canvas"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
    @SuppressWarnings("unchecked")
    List<Number> point =
        (List<Number>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const c = PrimeFaces.widgets['widget_matrix_grafiek'].chart;"
                        + "const i = c.data.datasets.findIndex(d => d.label === arguments[0]);"
                        + "const p = c.getDatasetMeta(i).data[0];"
                        + "return [p.x, p.y, c.canvas.clientWidth, c.canvas.clientHeight];",
                    party);
    int dx = (int) Math.round(point.get(0).doubleValue() - point.get(2).doubleValue() / 2);
    int dy = (int) Math.round(point.get(1).doubleValue() - point.get(3).doubleValue() / 2);
    new Actions(browser.driver()).moveToElement(canvas, dx, dy).click().perform();
  }

  @Test
  void theMatrixShowsThePointsFiltersAndClicksThroughToAPosition() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("kwadranten/index.xhtml");
      browser.waitFor(By.cssSelector("#matrix\\:grafiek canvas"));
      String table = browser.text(By.id("matrix:posities"));
      assertTrue(
          table.contains("GGD regio Utrecht") && table.contains("Meervoudig opdrachtgeverschap"),
          table);
      assertTrue(table.contains("Handmatig geplaatst"), table);
      Number bubbles =
          (Number)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return PrimeFaces.widgets['widget_matrix_grafiek'].chart.data.datasets.length;");
      assertTrue(bubbles.intValue() >= 6, "dividers and bubbles: " + bubbles);
      browser.assertAccessible();

      browser.choose("matrix:groep", "Stichtingen en verenigingen");
      // the filter re-renders the form: wait until the table shows the filtered rows before
      // touching the chart
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  !d.findElement(By.id("matrix:posities")).getText().contains("GGD regio Utrecht"));
      String filtered = browser.text(By.id("matrix:posities"));
      assertFalse(filtered.contains("GGD regio Utrecht"), filtered);
      assertTrue(filtered.contains(WELFARE), filtered);

      browser.waitFor(By.cssSelector("#matrix\\:grafiek canvas"));
      clickBubble(browser, WELFARE);
      browser.waitForText("Waarom staat de partij hier?");
      assertTrue(browser.title().startsWith(WELFARE), browser.title());
      String why = browser.text(By.id("redenen"));
      assertTrue(why.contains("lopende overeenkomst"), why);
      assertTrue(browser.text(By.id("schakelen")).contains("Meer netwerk"));
      browser.assertAccessible();

      browser.click(By.id("overschrijven:opslaan"));
      browser.waitForText("Leg uit waarom de partij op deze plek hoort.");
      browser.type("overschrijven:onderbouwing", "Werkt al samen met de huisartsen in de wijk.");
      browser
          .waitFor(By.id("overschrijven:netwerkpositie"))
          .sendKeys(
              org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
              "60",
              org.openqa.selenium.Keys.TAB);
      browser.click(By.id("overschrijven:opslaan"));
      browser.waitForText("De positie van Stichting Welzijn Woudenberg is handmatig vastgelegd.");
      assertTrue(browser.text(By.id("overschreven")).contains("Werkt al samen met de huisartsen"));
      assertTrue(browser.text(By.id("waarom")).contains("Maatschappelijk partnerschap"));
    }
  }
}
