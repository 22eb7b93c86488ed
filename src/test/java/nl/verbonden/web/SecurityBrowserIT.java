package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.web.DocumentCspFilter;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Login cookie, uploads, documents and TLS as an attacker would try them: a copied login cookie
 * after logout, an upload over the limit past the browser's own check, the policy of the documents
 * that are no Faces pages, and HTTPS on the server.
 */
class SecurityBrowserIT {

  private static final String REGISTER_ITEM = "Afvalverwijdering Utrecht (AVU)";
  private static final String TOO_LARGE = "Het bestand is te groot";
  private static final String OVERSIZED_PARTY = "Stichting Te Groot Woudenberg";

  private final String base = TestServer.url().toString();
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void aCopiedLoginCookieIsRefusedAfterLogout() throws Exception {
    try (Browser browser = Browser.open(TestServer.url())) {
      browser.login("regisseur.woudenberg");
      String ltpa =
          "LtpaToken2=" + browser.driver().manage().getCookieNamed("LtpaToken2").getValue();

      HttpResponse<String> before = get("register/parties.xhtml", ltpa);
      assertEquals(200, before.statusCode(), "the copied cookie alone logs in while it is valid");
      assertTrue(before.body().contains(REGISTER_ITEM));

      browser.logout();
      HttpResponse<String> after = get("register/parties.xhtml", ltpa);
      assertEquals(302, after.statusCode(), "after logout the copied cookie is refused");
      assertTrue(
          after.headers().firstValue("Location").orElse("").contains("login.xhtml"),
          after.headers().toString());
      assertFalse(after.body().contains(REGISTER_ITEM));
    }
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithAMessageAndNothingIsStored() throws Exception {
    Path tooBigForThePage = Files.createTempFile("partijen-", ".csv");
    try (Browser browser = Browser.open(TestServer.url())) {
      browser.login("regisseur.woudenberg");
      // in the browser: the page refuses a file over its 2 MB before sending it, in Dutch
      Files.writeString(tooBigForThePage, csv(3 * 1024 * 1024), StandardCharsets.UTF_8);
      browser.go("register/import.xhtml");
      browser.upload(By.cssSelector("form[id='import'] input[type='file']"), tooBigForThePage);
      browser.waitForText("mag niet groter zijn dan");
      String cookies = cookies(browser);

      // past the browser: a file over the container's 20 MB, and a request announcing more than
      // 21 MB, get 413 with the Dutch message before any page reads them
      for (int size : new int[] {21_000_000, 23_000_000}) {
        HttpResponse<String> refused = upload("register/import.xhtml", cookies, size);
        assertEquals(413, refused.statusCode(), size + " bytes");
        assertTrue(refused.body().contains(TOO_LARGE), refused.body());
      }
      // a request that is no page, over the server's limit for any request body
      HttpResponse<String> body =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "afmelden"))
                  .expectContinue(true)
                  .header("Cookie", cookies)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[27 * 1024 * 1024]))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(413, body.statusCode());

      browser.go("register/parties.xhtml");
      browser.waitForText(REGISTER_ITEM);
      assertFalse(browser.pageText().contains(OVERSIZED_PARTY), "nothing of it is imported");
    } finally {
      Files.deleteIfExists(tooBigForThePage);
    }
  }

  @Test
  void theDraftOverviewAndTheQuadrantImageCarryAStrictPolicyAndStillShow() throws Exception {
    int year = LocalDate.now(ApplicationClock.fromSystem()).getYear();
    try (Browser browser = Browser.open(TestServer.url())) {
      browser.login("regisseur.woudenberg");
      String cookies = cookies(browser);
      for (String path :
          new String[] {"overzichten/concept.html?jaar=" + year, "kwadranten/matrix.png"}) {
        HttpResponse<String> response = get(path, cookies);
        assertEquals(200, response.statusCode(), path);
        assertEquals(
            DocumentCspFilter.POLICY,
            response.headers().firstValue("Content-Security-Policy").orElse(null),
            path);
      }
      // the overview's own style sheet still applies under the policy
      browser.go("overzichten/concept.html?jaar=" + year);
      browser.waitForText("Woudenberg");
      String color =
          browser.driver().findElement(By.cssSelector("h2")).getCssValue("color").replace(" ", "");
      assertTrue(color.contains("31,78,121"), color);
    }
  }

  @Test
  void theServerSpeaksHttps() throws Exception {
    String port = System.getProperty("verbonden.it.https.port", "9543");
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
    HttpClient https =
        HttpClient.newBuilder()
            .sslContext(trustAll)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> login =
        https.send(
            HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login.xhtml"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("j_username"));
  }

  private HttpResponse<String> get(String path, String cookies) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The import form posted as the upload component posts it, with a CSV file of this size. */
  private HttpResponse<String> upload(String page, String cookies, int size) throws Exception {
    HttpResponse<String> form = get(page, cookies);
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    assertTrue(viewState.find(), "the import page has a form");
    String boundary = "----verbonden" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream(size + 1024);
    field(body, boundary, "import", "import");
    field(body, boundary, "jakarta.faces.ViewState", viewState.group(1));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"import:bestand\";"
                + " filename=\"partijen.csv\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(csv(size).getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + page))
            .expectContinue(true)
            .header("Cookie", cookies)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void field(
      ByteArrayOutputStream body, String boundary, String name, String value) {
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\n\r\n"
                + value
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** A valid import file of about this many bytes: one party, then a long comment column. */
  private static String csv(int size) {
    String head = "naam;rechtsvorm;kvk_nummer;bedrag_risico\n" + OVERSIZED_PARTY + ";STICHTING;;\n";
    char[] filler = new char[Math.max(0, size - head.length())];
    Arrays.fill(filler, ' ');
    return head + new String(filler);
  }

  private static String cookies(Browser browser) {
    return browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /** The test server's certificate is one Liberty generated: the test checks TLS, not trust. */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
