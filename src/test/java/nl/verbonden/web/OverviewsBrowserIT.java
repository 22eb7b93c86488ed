package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The regisseur publishes the overview; the council member downloads it and checks the file on the
 * check page, which says it is an unaltered published version.
 */
class OverviewsBrowserIT {

  private final URL base = TestServer.url();

  @Test
  void aRegisseurPublishesAndACouncilMemberDownloadsAndChecksIt() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.woudenberg");
      browser.go("overzichten/index.xhtml");
      browser.waitForText("Concept maken en publiceren");
      browser.assertAccessible();
      browser.click(By.id("maken:publiceren"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText("is gepubliceerd als versie");
      // issue 19: the person who published, not the login
      assertTrue(browser.text(By.id("versies")).contains("Sanne de Vries"));
      browser.logout();
    }
    try (Browser browser = Browser.open(base)) {
      browser.login("raad.woudenberg");
      browser.go("overzichten/index.xhtml");
      browser.waitForText("Gepubliceerde versies");
      assertTrue(
          !browser.pageText().contains("Concept maken en publiceren"),
          "a council member cannot publish");
      browser.assertAccessible();
      browser.click(By.id("versies:0:download"));
      Path pdf = browser.downloadedMatching("governance-overzicht-versie-");
      assertTrue(Files.size(pdf) > 10_000);
      browser.upload(By.cssSelector("form[id='controle'] input[type='file']"), pdf);
      browser.click(By.cssSelector("form[id='controle'] button.ui-fileupload-upload"));
      browser.waitForText("en het bestand is ongewijzigd.");
    }
  }
}
