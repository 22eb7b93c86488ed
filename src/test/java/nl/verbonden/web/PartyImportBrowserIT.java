package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A regisseur imports parties from a CSV file: first a file with a mistake, then the corrected one.
 */
class PartyImportBrowserIT {

  /** Sorts first in the register, so that it is on the first page of the list. */
  private static final String NEW_PARTY = "Aardwarmtecoöperatie Woudenberg";

  private static final By FILE_INPUT = By.cssSelector("form[id='import'] input[type='file']");
  private static final By IMPORT_BUTTON =
      By.cssSelector("form[id='import'] button.ui-fileupload-upload");

  /** The error table's row for row 3 of the file, column rechtsvorm. */
  private static final String ERROR_ROW =
      "//*[@id='fouten:tabel']//tbody/tr[td[1][normalize-space()='3'] and td[2][normalize-space()='rechtsvorm']]";

  private final URL base = TestServer.url();

  @Test
  void aRegisseurSeesEveryErrorImportsNothingAndThenImportsTheCorrectedFile() throws Exception {
    Path bad =
        csv(
            "naam;rechtsvorm;kvk_nummer;bedrag_risico\n"
                + NEW_PARTY
                + ";COOPERATIE;41234567;1.500,00\n"
                + "Stichting Buurtbus Woudenberg;STICHTNG;;\n");
    Path good =
        csv(
            "naam;rechtsvorm;kvk_nummer;bedrag_risico\n"
                + NEW_PARTY
                + ";COOPERATIE;41234567;1.500,00\n"
                + "Stichting Buurtbus Woudenberg;STICHTING;;\n");
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("register/import.xhtml");
      browser.waitForText("Alles of niets");
      browser.assertAccessible();
      assertTrue(
          download(browser, "sjabloon").startsWith("\uFEFFnaam;rechtsvorm;kvk_nummer;rsin;"));
      assertTrue(
          download(browser, "voorbeeld").contains("Stichting Welzijn Woudenberg;STICHTING;"));

      browser.upload(FILE_INPUT, bad);
      browser.click(IMPORT_BUTTON);
      browser.waitForText("Er is niets geïmporteerd: het bestand bevat 1 fout.");
      String error = browser.text(By.xpath(ERROR_ROW));
      assertTrue(error.contains("Onbekende rechtsvorm ‘STICHTNG’."), error);
      // the upload widget clears its file row once the upload is done
      browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-fileupload-row")).isEmpty());
      browser.assertAccessible();

      browser.go("register/parties.xhtml");
      browser.waitForText("Afvalverwijdering Utrecht (AVU)");
      assertFalse(
          browser.pageText().contains(NEW_PARTY), "nothing of a file with an error is imported");

      browser.go("register/import.xhtml");
      browser.upload(FILE_INPUT, good);
      browser.click(IMPORT_BUTTON);
      browser.waitForText("2 partijen geïmporteerd.");
      browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-fileupload-row")).isEmpty());
      browser.assertAccessible();
      browser.click(By.id("naarregister"));
      browser.waitForText(NEW_PARTY);
      assertTrue(browser.url().contains("register/parties.xhtml"), browser.url());
    } finally {
      Files.deleteIfExists(bad);
      Files.deleteIfExists(good);
    }
  }

  /**
   * The import reads numbers and texts as the party form does: a decimal point and an invisible
   * character are refused at their row and column with the form's messages, and nothing is saved.
   */
  @Test
  void aDecimalPointAndAnInvisibleCharacterAreRefusedWithTheFormsMessages() throws Exception {
    Path file =
        csv(
            "naam;rechtsvorm;stemrecht;stemaandeel\n"
                + "Stichting Punt Woudenberg;STICHTING;ja;12.5\n"
                + "Stichting Onzicht\uFFFFbaar;STICHTING;;\n");
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("register/import.xhtml");
      browser.waitForText("Alles of niets");
      browser.upload(FILE_INPUT, file);
      browser.click(IMPORT_BUTTON);
      browser.waitForText("Er is niets geïmporteerd: het bestand bevat 2 fouten.");
      String share =
          browser.text(
              By.xpath(
                  "//*[@id='fouten:tabel']//tbody/tr[td[1][normalize-space()='2'] and"
                      + " td[2][normalize-space()='stemaandeel']]"));
      assertTrue(share.contains("Gebruik een komma voor decimalen: 12,5"), share);
      String name =
          browser.text(
              By.xpath(
                  "//*[@id='fouten:tabel']//tbody/tr[td[1][normalize-space()='3'] and"
                      + " td[2][normalize-space()='naam']]"));
      assertTrue(name.contains("Deze tekst bevat een onzichtbaar stuurteken (positie 18)."), name);

      browser.go("register/parties.xhtml");
      browser.waitForText("Afvalverwijdering Utrecht (AVU)");
      assertFalse(browser.pageText().contains("Stichting Punt Woudenberg"), "nothing imported");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The file behind a download link on the page, fetched with the browser's session. */
  private static String download(Browser browser, String linkId) throws Exception {
    String href = browser.driver().findElement(By.id(linkId)).getAttribute("href");
    HttpURLConnection get = (HttpURLConnection) new URL(href).openConnection();
    get.setRequestProperty(
        "Cookie",
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; ")));
    assertEquals(200, get.getResponseCode(), href);
    try (InputStream in = get.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Path csv(String content) throws Exception {
    Path file = Files.createTempFile("partijen-", ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
