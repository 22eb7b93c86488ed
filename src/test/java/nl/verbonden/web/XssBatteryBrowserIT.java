package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import nl.verbonden.platform.demo.DemoRegisterWriter;
import nl.verbonden.platform.demo.XssFixtures;
import nl.verbonden.testsupport.InContainer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The XSS battery: a municipality whose every free text holds hostile text (XssFixtures: script and
 * style ends with scripts, an image with an onerror handler, an entity, quotes, non-characters and
 * bidi controls), stored in the container past the input checks; then a person opens every page,
 * chart, image, export, HTML and PDF that shows those texts in a browser (the methods that run as
 * client, XssBattery): no markup from the data in the DOM, no script run, no script error, the page
 * whole (menu, charts), and the documents readable with the texts in them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssBatteryBrowserIT extends InContainer {

  @Inject private DemoRegisterWriter writer;
  @Inject private Clock clock;

  @Resource(lookup = "jdbc/verbonden")
  private DataSource dataSource;

  @Test
  @Order(1)
  void theMunicipalityHoldsHostileTextsAsStored() throws Exception {
    XssFixtures.load(writer, dataSource, LocalDate.now(clock));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select t.name, count(p.id) from tenant t join party p on p.tenant_code = t.cbs_code"
                    + " where t.cbs_code = ? group by t.name")) {
      query.setString(1, XssFixtures.CODE);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "the municipality of the battery exists");
        assertEquals(XssFixtures.MUNICIPALITY, row.getString(1), "stored exactly, U+FFFF too");
        assertTrue(row.getInt(2) >= 10, "it has a register");
      }
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void everyPageOfTheRegisseurShowsTheTextsAsText() throws Exception {
    XssBattery.pagesOfTheRegisseur();
  }

  @Test
  @Order(3)
  @RunAsClient
  void theChartsCarryTheTextsAsData() throws Exception {
    XssBattery.charts();
  }

  @Test
  @Order(4)
  @RunAsClient
  void theMatrixImageRenders() throws Exception {
    XssBattery.image();
  }

  @Test
  @Order(5)
  @RunAsClient
  void theExportsHoldTheTextsAsText() throws Exception {
    XssBattery.exports();
  }

  @Test
  @Order(6)
  @RunAsClient
  void theOverviewAsHtmlAndPdfDraftAndPublished() throws Exception {
    XssBattery.overview();
  }

  @Test
  @Order(7)
  @RunAsClient
  void theAdministrationShowsTheMunicipalityAndAccountAsText() throws Exception {
    XssBattery.administration();
  }
}
