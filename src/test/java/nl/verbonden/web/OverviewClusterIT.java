package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 21: a governance overview published through the balancer reads byte for byte the same from
 * either server, and matches the fingerprint kept with it.
 */
class OverviewClusterIT {

  @BeforeAll
  static void cluster() {
    Cluster.start();
  }

  @Test
  void aPublishedOverviewIsByteIdenticalFromEitherServer() throws Exception {
    try (Browser browser = Browser.open(Cluster.balancer())) {
      browser.login("regisseur.woudenberg");
      browser.go("overzichten/index.xhtml");
      browser.waitForText("Concept maken en publiceren");
      browser.click(By.id("maken:publiceren"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText("is gepubliceerd als versie");
    }
    long id;
    String sha256;
    try (Connection db = Cluster.database();
        Statement q = db.createStatement();
        ResultSet row =
            q.executeQuery(
                "SELECT id, pdf_sha256 FROM published_overview WHERE tenant_code = 'GM0351'"
                    + " ORDER BY id DESC LIMIT 1")) {
      assertTrue(row.next());
      id = row.getLong(1);
      sha256 = row.getString(2);
    }
    byte[] fromA = read(Cluster.A, id);
    byte[] fromB = read(Cluster.B, id);
    assertTrue(fromA.length > 10_000, "a PDF of " + fromA.length + " bytes");
    assertArrayEquals(fromA, fromB, "the same bytes from both servers");
    assertEquals(
        sha256,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fromA)),
        "the published fingerprint");
  }

  private static byte[] read(String node, long id) throws Exception {
    FormClient council = new FormClient(Cluster.node(node)).login("raad.woudenberg");
    HttpResponse<byte[]> pdf = council.bytes("overzichten/versie.pdf?id=" + id);
    assertEquals(200, pdf.statusCode(), "server " + node);
    return pdf.body();
  }
}
